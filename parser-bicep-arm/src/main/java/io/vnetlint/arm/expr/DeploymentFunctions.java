package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** parameters(), variables(), copyIndex(), resourceGroup(), subscription() and other facts about the deployment. */
final class DeploymentFunctions {
  private DeploymentFunctions() {}

  static final String RESOURCE_GROUP_UNKNOWN = "resource group of the deployment is not known";
  static final String SUBSCRIPTION_UNKNOWN = "subscription of the deployment is not known";

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "parameters" -> call -> named(call, true);
      case "variables" -> call -> named(call, false);
      case "copyindex" -> DeploymentFunctions::copyIndex;
      case "resourcegroup" -> DeploymentFunctions::resourceGroup;
      case "subscription" -> DeploymentFunctions::subscription;
      case "deployment" -> call -> call.unknown("deployment() is known only at deployment");
      case "environment" -> call -> call.unknown("environment() depends on the cloud deployed to");
      case "tenant" -> call -> call.unknown("tenant() is known only at deployment");
      case "managementgroup" -> call -> call.unknown("managementGroup() is known only at deployment");
      case "deployer" -> call -> call.unknown("deployer() is known only at deployment");
      default -> null;
    };
  }

  private static Value named(Invocation call, boolean parameter) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value name = call.arg(0);
    if (!(name instanceof Value.Str s)) {
      return call.notA("a name", name);
    }
    TemplateContext template = call.context().template();
    return parameter ? template.parameter(s.value(), call.at()) : template.variable(s.value(), call.at());
  }

  private static Value copyIndex(Invocation call) {
    Optional<Value> arity = call.arity(0, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    String loop = null;
    BigInteger offset = BigInteger.ZERO;
    for (Value arg : call.args()) {
      if (arg instanceof Value.Unknown u) {
        return call.propagate(u);
      }
      if (arg instanceof Value.Str s && loop == null) {
        loop = s.value();
      } else if (Conversions.integer(arg).isPresent()) {
        offset = Conversions.integer(arg).get();
      } else {
        return call.notA("a loop name or an offset", arg);
      }
    }
    Integer index = call.context().copies().index(loop);
    if (index == null) {
      return call.unknown(loop == null ? "copyIndex() is used outside a copy loop"
          : "copyIndex('" + loop + "') is used outside that copy loop");
    }
    return call.num(BigInteger.valueOf(index).add(offset));
  }

  private static Value resourceGroup(Invocation call) {
    TemplateContext template = call.context().template();
    String sub = template.subscriptionId();
    String group = template.resourceGroupName();
    List<Value.Member> members = new ArrayList<>();
    Value id = sub != null && group != null ? call.str("/subscriptions/" + sub + "/resourceGroups/" + group)
        : call.facts().record(call.unknown(RESOURCE_GROUP_UNKNOWN), new RuntimeFacts.ScopeId(sub, group, true));
    members.add(call.member("id", id));
    members.add(call.member("name", group != null ? call.str(group) : call.unknown(RESOURCE_GROUP_UNKNOWN)));
    members.add(call.member("type", call.str("Microsoft.Resources/resourceGroups")));
    members.add(call.member("location", call.unknown(RESOURCE_GROUP_UNKNOWN)));
    members.add(call.member("managedBy", call.unknown(RESOURCE_GROUP_UNKNOWN)));
    members.add(call.member("tags", call.unknown(RESOURCE_GROUP_UNKNOWN)));
    members.add(call.member("properties", call.unknown(RESOURCE_GROUP_UNKNOWN)));
    return call.object(members);
  }

  private static Value subscription(Invocation call) {
    String sub = call.context().template().subscriptionId();
    List<Value.Member> members = new ArrayList<>();
    Value id = sub != null ? call.str("/subscriptions/" + sub)
        : call.facts().record(call.unknown(SUBSCRIPTION_UNKNOWN), new RuntimeFacts.ScopeId(null, null, false));
    members.add(call.member("id", id));
    members.add(call.member("subscriptionId", sub != null ? call.str(sub) : call.unknown(SUBSCRIPTION_UNKNOWN)));
    members.add(call.member("tenantId", call.unknown(SUBSCRIPTION_UNKNOWN)));
    members.add(call.member("displayName", call.unknown(SUBSCRIPTION_UNKNOWN)));
    return call.object(members);
  }
}
