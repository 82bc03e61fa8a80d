/**
 * Bicep syntax: a hand-written lexer and recursive-descent parser for {@code .bicep} and {@code .bicepparam}
 * files, following the Bicep compiler (src/Bicep.Core/Parsing), producing records with exact source ranges
 * (columns in UTF-16 units) and positioned diagnostics with the compiler's BCP codes where known.
 */
package io.vnetlint.bicep.syntax;
