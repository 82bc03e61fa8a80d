package io.vnetlint.bicep.syntax;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Collects the syntax errors of one file; caps their number so hostile input cannot flood the output. */
final class SyntaxErrors {
  static final int MAX_ERRORS = 1000;

  private final SourceText source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private boolean capped;

  SyntaxErrors(SourceText source) {
    this.source = source;
  }

  void report(int start, int end, String message) {
    if (diagnostics.size() >= MAX_ERRORS) {
      if (!capped) {
        capped = true;
        diagnostics.add(Diagnostic.error(BicepParser.CODE,
            "Too many syntax errors; further errors in this file are not reported.", source.range(start, end)));
      }
      return;
    }
    diagnostics.add(Diagnostic.error(BicepParser.CODE, message, source.range(start, end)));
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
