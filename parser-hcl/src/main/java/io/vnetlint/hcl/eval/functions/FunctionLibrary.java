package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Terraform's built-in functions that networking code uses, with Terraform's semantics on {@link Value}s.
 *
 * <p>Unknown and sensitive arguments: an unknown argument makes the result unknown (with the argument's reason),
 * except for the functions Terraform itself evaluates in order ({@code coalesce}, {@code alltrue}, ...). A call
 * that Terraform would reject yields an unknown whose reason is Terraform's message, and the error is passed to
 * the caller's error sink so the evaluator can report it. Results are sensitive when an argument is: for functions
 * that only move values around ({@link Kind#STRUCTURAL}: {@code concat}, {@code lookup}, ...) when an argument
 * itself is marked, since the elements keep their own marks; for the others when anything inside an argument is.
 *
 * <p>{@code try} and {@code can} are lazy and live in the evaluator. Functions not listed here (and
 * provider-defined functions) are unknown with a reason naming them.
 */
public final class FunctionLibrary {

  /** How sensitivity of arguments carries over to the result. */
  enum Kind {
    /** Moves values around: only an argument's own mark carries over. */
    STRUCTURAL,
    /** Reads into its arguments: any mark inside an argument carries over. */
    CONTENT,
    /** {@code nonsensitive}: removes the mark. */
    UNMARK
  }

  record Spec(String name, int minArgs, int maxArgs, Kind kind, boolean allowUnknown, Function<Call, Value> impl) {}

  private static final FunctionLibrary STANDARD = new FunctionLibrary();

  private FunctionLibrary() {}

  public static FunctionLibrary standard() {
    return STANDARD;
  }

  /**
   * The function called {@code name}, or null. Each group finds its own functions with a switch, so a scan links
   * only the lambdas of the functions its configuration calls.
   */
  static Spec find(String name) {
    Spec s = CidrFunctions.find(name);
    s = s != null ? s : CollectionFunctions.find(name);
    s = s != null ? s : StringFunctions.find(name);
    s = s != null ? s : NumericFunctions.find(name);
    s = s != null ? s : ConversionFunctions.find(name);
    s = s != null ? s : EncodingFunctions.find(name);
    return s != null ? s : RegexFunctions.find(name);
  }

  public boolean has(String name) {
    return find(name) != null;
  }

  public Value call(String name, List<Value> args, SourceRange range) {
    return call(name, args, range, error -> { });
  }

  /**
   * Calls {@code name}. Never throws: Terraform errors become an unknown value and a message to {@code errors}
   * (without any argument values, which may be secrets).
   */
  public Value call(String name, List<Value> args, SourceRange range, Consumer<String> errors) {
    boolean anySensitive = false;
    boolean deepSensitive = false;
    for (Value a : args) {
      anySensitive |= a.sensitive();
      deepSensitive |= TfValues.deepSensitive(a);
    }
    Spec spec = find(name);
    if (spec == null) {
      return new Value.Unknown("function " + name + "() is not evaluated", range, deepSensitive);
    }
    boolean sensitive = switch (spec.kind) {
      case STRUCTURAL -> anySensitive;
      case CONTENT -> deepSensitive;
      case UNMARK -> false;
    };
    if (args.size() < spec.minArgs || args.size() > spec.maxArgs) {
      String message = "call to function \"" + name + "\": "
          + (args.size() < spec.minArgs ? "not enough" : "too many") + " function arguments";
      errors.accept(message);
      return new Value.Unknown(message, range, sensitive);
    }
    if (!spec.allowUnknown) {
      for (Value a : args) {
        if (a instanceof Value.Unknown u) {
          return new Value.Unknown(u.reason(), range, sensitive);
        }
      }
    }
    try {
      Value result = spec.impl.apply(new Call(name, args, range));
      if (result instanceof Value.Str s && s.value().length() > Limits.MAX_STRING_CHARS) {
        throw new FunctionError("the result is longer than the limit of " + Limits.MAX_STRING_CHARS + " characters");
      }
      return TfValues.mark(result, sensitive);
    } catch (NotKnown e) {
      return new Value.Unknown(e.reason, range, sensitive);
    } catch (FunctionError e) {
      String message = "call to function \"" + name + "\" failed: "
          + (deepSensitive ? "an argument is not valid (details hidden: sensitive value)" : e.getMessage());
      errors.accept(message);
      return new Value.Unknown(message, range, sensitive);
    } catch (ArithmeticException | IllegalArgumentException | IndexOutOfBoundsException e) {
      // numbers or sizes beyond what we model: not a crash, just not evaluated
      return new Value.Unknown("function " + name + "() could not be evaluated (" + e.getClass().getSimpleName()
          + ")", range, sensitive);
    }
  }
}
