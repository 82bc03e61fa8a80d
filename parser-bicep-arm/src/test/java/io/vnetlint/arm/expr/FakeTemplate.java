package io.vnetlint.arm.expr;

import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A template context backed by maps, for evaluating expressions in isolation. */
final class FakeTemplate implements TemplateContext {
  final Map<String, Value> parameters = new HashMap<>();
  final Map<String, Value> variables = new HashMap<>();
  final Map<String, ResourceRef> symbolic = new HashMap<>();
  final RuntimeFacts facts = new RuntimeFacts();
  String subscription;
  String resourceGroup;

  @Override
  public Value parameter(String name, SourceRange at) {
    Value v = parameters.get(name);
    return v != null ? v : new Value.Unknown("parameter '" + name + "' has no value", at);
  }

  @Override
  public Value variable(String name, SourceRange at) {
    Value v = variables.get(name);
    return v != null ? v : new Value.Unknown("variable '" + name + "' is not declared", at);
  }

  @Override
  public String subscriptionId() {
    return subscription;
  }

  @Override
  public String resourceGroupName() {
    return resourceGroup;
  }

  @Override
  public Optional<ResourceRef> resourceBySymbolicName(String name) {
    return Optional.ofNullable(symbolic.get(name));
  }

  @Override
  public RuntimeFacts facts() {
    return facts;
  }
}
