package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A managed resource of one module instance: its instances, each evaluated on demand. References follow
 * issue 3's conventions: {@code .id} of an instance is a {@link Value.Ref} by its full address (edges, not
 * strings); {@code azurerm_public_ip.x.ip_address} is a reference to that public IP (its address is known only
 * after apply); any other attribute is the instance's evaluated argument, or unknown ("known after apply") when
 * the configuration does not set it.
 */
final class ResourceNode implements ExpressionEvaluator.Splattable {
  static final String PUBLIC_IP = "azurerm_public_ip";

  final ModuleInstance module;
  final Block block;
  final String type;
  final String name;
  private Expansion expansion;
  private final Map<InstanceKey, Instance> instances = new HashMap<>();

  ResourceNode(ModuleInstance module, Block block, String type, String name) {
    this.module = module;
    this.block = block;
    this.type = type;
    this.name = name;
  }

  /** The address without instance key: {@code module.hub.azurerm_subnet.this}. */
  String address() {
    return module.prefix() + type + "." + name;
  }

  Expansion expansion() {
    if (expansion == null) {
      expansion = new Expansion.Unknown("cycle: the count or for_each of " + address() + " depends on itself",
          block.headerRange());
      expansion = Expansion.of(block, Scope.of(module), address(), module.ev);
    }
    return expansion;
  }

  Instance instance(InstanceKey key) {
    return instances.computeIfAbsent(key, Instance::new);
  }

  @Override
  public Object attr(String attribute, SourceRange at) {
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown u) {
      return new Value.Unknown(u.reason(), at);
    }
    if (e instanceof Expansion.Single) {
      return instance(InstanceKey.NONE).attr(attribute, at);
    }
    return module.ev.expressions.attr(value(at), attribute, at);
  }

  @Override
  public Object index(Value key, SourceRange at) {
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown u) {
      return new Value.Unknown(u.reason(), at);
    }
    if (e instanceof Expansion.Single) {
      return instance(InstanceKey.NONE).index(key, at);
    }
    return instance(e.select(key, address(), at));
  }

  @Override
  public Value value(SourceRange at) {
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown u) {
      return new Value.Unknown(u.reason(), at);
    }
    if (e instanceof Expansion.Single) {
      return instance(InstanceKey.NONE).object();
    }
    if (e instanceof Expansion.Counted c) {
      List<Value> items = new ArrayList<>();
      for (InstanceKey k : c.keys()) {
        items.add(instance(k).object());
      }
      return new Value.Arr(items, at);
    }
    List<Value.Member> members = new ArrayList<>();
    for (InstanceKey k : e.keys()) {
      members.add(new Value.Member(((InstanceKey.Key) k).key(), at, instance(k).object()));
    }
    return new Value.Obj(members, at);
  }

  @Override
  public Optional<List<Object>> elements(SourceRange at) {
    Expansion e = expansion();
    if (e instanceof Expansion.Unknown) {
      return Optional.empty();
    }
    if (e instanceof Expansion.Counted c) {
      List<Object> out = new ArrayList<>();
      for (InstanceKey k : c.keys()) {
        out.add(instance(k));
      }
      return Optional.of(out);
    }
    if (e instanceof Expansion.Single) {
      return Optional.of(List.of(instance(InstanceKey.NONE)));
    }
    return Optional.of(List.of(value(at))); // a map of instances is one value to a splat
  }

  @Override
  public Value unknownElements(SourceRange at) {
    return new Value.Unknown(((Expansion.Unknown) expansion()).reason(), at);
  }

  /** One instance: {@code azurerm_subnet.this["gw"]}. */
  final class Instance implements Node {
    final InstanceKey key;
    private final Cell body;
    private Value.Obj object;

    Instance(InstanceKey key) {
      this.key = key;
      this.body = new Cell(address(), block.headerRange(), () -> new BodyEvaluator(module.ev)
          .resource(block.body(), Expansion.bind(Scope.of(module), key, block.headerRange()), block.range()));
    }

    String address() {
      return ResourceNode.this.address() + key.suffix();
    }

    ResourceNode resource() {
      return ResourceNode.this;
    }

    /** The evaluated arguments (an unknown value only when the body depends on itself). */
    Value body() {
      return body.get();
    }

    Value.Ref ref(SourceRange at) {
      return new Value.Ref(new ResourceRef.ByAddress(address(), type), at);
    }

    @Override
    public Object attr(String attribute, SourceRange at) {
      if (attribute.equals("id")) {
        return ref(at);
      }
      if (type.equals(PUBLIC_IP) && attribute.equals("ip_address")) {
        return ref(at); // the address is known after apply, the public IP it belongs to is known now
      }
      Value b = body();
      if (b instanceof Value.Obj o) {
        Value v = TfValues.get(o, attribute);
        if (v != null) {
          return v;
        }
      } else if (b instanceof Value.Unknown u) {
        return new Value.Unknown(u.reason(), at);
      }
      return new Value.Unknown(address() + "." + attribute + " is known after apply", at);
    }

    @Override
    public Object index(Value key, SourceRange at) {
      return module.ev.expressions.indexValue(object(), key, at);
    }

    @Override
    public Value value(SourceRange at) {
      return object();
    }

    /** The instance as an object: its arguments and its {@code id}; other attributes are known after apply. */
    Value object() {
      if (object == null) {
        Value b = body();
        List<Value.Member> members = new ArrayList<>();
        SourceRange header = block.headerRange();
        if (b instanceof Value.Obj o) {
          members.addAll(o.members());
        }
        if (members.stream().noneMatch(m -> m.key().equals("id"))) {
          members.add(new Value.Member("id", header, ref(header)));
        }
        if (type.equals(PUBLIC_IP) && members.stream().noneMatch(m -> m.key().equals("ip_address"))) {
          members.add(new Value.Member("ip_address", header, ref(header)));
        }
        object = new Value.Obj(members, header);
        module.ev.computedObjects.add(object);
      }
      return object;
    }
  }
}
