package io.vnetlint.arm.expr;

import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.Optional;

/** What an expression can see of its template: parameters, variables, the deployment's scope. */
public interface TemplateContext {

  /** The value of a parameter (from a parameter file, the caller or its default), or an unknown with the reason. */
  Value parameter(String name, SourceRange at);

  Value variable(String name, SourceRange at);

  /** The subscription id the deployment targets, or null when the template does not pin it. */
  String subscriptionId();

  /** The resource group name the deployment targets, or null when the template does not pin it. */
  String resourceGroupName();

  /** The resource a languageVersion 2.0 symbolic name denotes ({@code reference('vnet')}). */
  Optional<ResourceRef> resourceBySymbolicName(String name);

  RuntimeFacts facts();

  /**
   * The outputs of the deployment {@code name} declared in this template whose template the scan can evaluate
   * ({@code reference('name').outputs}): an object of output name to {@code {"type": ..., "value": ...}}.
   */
  default Optional<Value> deploymentOutputs(String name) {
    return Optional.empty();
  }

  /** The user-defined function {@code namespace.name} of the template's {@code functions} section, if declared. */
  default Optional<UserFunction> userFunction(String namespace, String name) {
    return Optional.empty();
  }
}
