package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * A parsed {@code .bicep} or {@code .bicepparam} file. Both kinds use this one record: a params file holds
 * {@link Statement.UsingDecl}, {@link Statement.ParamAssignment} (and may hold {@code var}, {@code import},
 * {@code extends}) statements; a Bicep file holds the other declarations. {@link #isParamsFile()} says which
 * parser produced it.
 */
public record Program(
    List<Statement> statements,
    List<Comment> comments,
    List<DisableNextLine> pragmas,
    boolean isParamsFile,
    SourceRange range) implements Node {

  /** The statements of one kind, in source order. */
  public <T extends Statement> List<T> statementsOf(Class<T> kind) {
    return statements.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
