package io.vnetlint.hcl;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.BodyItem;
import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.hcl.syntax.Expression;
import io.vnetlint.hcl.syntax.LiteralValue;
import io.vnetlint.hcl.syntax.ScopeTraversalExpr;
import io.vnetlint.hcl.syntax.TraverseAttr;
import io.vnetlint.hcl.syntax.TraverseIndex;
import io.vnetlint.hcl.syntax.Traverser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.change.Move;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code moved} blocks of a root module: {@code moved { from = azurerm_x.old  to = azurerm_x.new }}, also with
 * instance keys ({@code azurerm_x.a[0]}) and module calls ({@code module.old}). Only root modules are read: a
 * {@code moved} block inside a child module speaks of addresses relative to each instance of that module, which a
 * baseline comparison does not need for the configurations it sees in practice.
 */
final class MovedBlocks {
  private MovedBlocks() {}

  static List<Move> of(List<ConfigFile> files, String unit, List<Diagnostic> problems) {
    List<Move> out = new ArrayList<>();
    for (ConfigFile file : files) {
      for (BodyItem item : file.body().items()) {
        if (!(item instanceof Block block) || !block.type().equals("moved")) {
          continue;
        }
        Optional<String> from = block.body().attribute("from").map(Attribute::expr).flatMap(MovedBlocks::address);
        Optional<String> to = block.body().attribute("to").map(Attribute::expr).flatMap(MovedBlocks::address);
        if (from.isPresent() && to.isPresent()) {
          out.add(new Move(unit, from.get(), to.get(), block.headerRange()));
        } else {
          problems.add(Diagnostic.warning("moved-block", "a moved block needs 'from' and 'to' addresses such as "
              + "azurerm_virtual_network_gateway.old; it is not followed", block.headerRange()));
        }
      }
    }
    return out;
  }

  /** A static address written as a traversal: {@code module.hub["a"].azurerm_subnet.this[0]}. */
  static Optional<String> address(Expression expr) {
    if (!(expr instanceof ScopeTraversalExpr t)) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder(t.rootName());
    for (Traverser step : t.traversal()) {
      if (step instanceof TraverseAttr a) {
        sb.append('.').append(a.name());
      } else if (step instanceof TraverseIndex i) {
        LiteralValue key = i.key();
        if (key.value() instanceof String s) {
          sb.append("[\"").append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        } else if (key.value() instanceof BigDecimal n) {
          sb.append('[').append(n.toPlainString()).append(']');
        } else {
          return Optional.empty();
        }
      }
    }
    return Optional.of(sb.toString());
  }
}
