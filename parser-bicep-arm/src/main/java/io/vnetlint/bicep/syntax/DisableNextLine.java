package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/** A {@code #disable-next-line code1 code2} pragma; it silences those diagnostic codes on the following line. */
public record DisableNextLine(List<String> codes, SourceRange range) implements Node {}
