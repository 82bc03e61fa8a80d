package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.TemplateExpr;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code resource} blocks of a root module and of the modules it calls, by address without instance keys
 * ({@code module.hub.azurerm_subnet.this}): where a plan's resources are written in the configuration.
 */
public final class ConfigIndex {
  private final Map<String, Block> blocks = new HashMap<>();

  private ConfigIndex() {}

  public static ConfigIndex of(ModuleConfig root, ModuleLoader loader) {
    ConfigIndex index = new ConfigIndex();
    index.add(root, "", "", root.dir(), loader, 0);
    return index;
  }

  private void add(ModuleConfig config, String prefix, String key, Path rootDir, ModuleLoader loader, int depth) {
    config.resources().forEach((name, block) -> blocks.putIfAbsent(prefix + name, block));
    if (depth >= Evaluation.MAX_MODULE_DEPTH) {
      return;
    }
    for (Map.Entry<String, Block> call : config.moduleCalls().entrySet()) {
      Optional<Attribute> source = call.getValue().body().attribute("source");
      if (source.isEmpty() || !(source.get().expr() instanceof TemplateExpr t) || !t.isStringLiteral()) {
        continue;
      }
      String childKey = key.isEmpty() ? call.getKey() : key + "." + call.getKey();
      if (loader.resolve(config.dir(), rootDir, childKey, t.literalValue())
          instanceof ModuleLoader.Resolution.Found f && !f.dir().equals(config.dir())) {
        add(loader.load(f.dir()), prefix + "module." + call.getKey() + ".", childKey, rootDir, loader, depth + 1);
      }
    }
  }

  /** The block of a resource instance address such as {@code module.hub["a"].azurerm_subnet.this[0]}. */
  public Optional<Block> block(String address) {
    return Optional.ofNullable(blocks.get(withoutKeys(address)));
  }

  /** An address without its instance keys: {@code module.a["x"].t.n[0]} is {@code module.a.t.n}. */
  public static String withoutKeys(String address) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (depth > 0) {
        if (quoted && c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == ']') {
          depth--;
        }
        continue;
      }
      if (c == '[') {
        depth++;
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
