package io.vnetlint.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * A typed attribute of a resource, as the mapper read it: known (with where it is written), unknown (with why),
 * or absent from the source (Azure's default applies). Rules fire only on known values and on documented defaults.
 */
public sealed interface Field<T> {

  record Known<T>(T value, SourceRange range) implements Field<T> {}

  record Unknown<T>(String reason, SourceRange range) implements Field<T> {}

  record Absent<T>() implements Field<T> {}

  static <T> Field<T> of(T value, SourceRange range) {
    return new Known<>(value, range);
  }

  static <T> Field<T> unknown(String reason, SourceRange range) {
    return new Unknown<>(reason, range);
  }

  static <T> Field<T> absent() {
    return new Absent<>();
  }

  /** The value when known; Azure's default when absent; empty when unknown. */
  default Optional<T> valueOr(T defaultWhenAbsent) {
    if (this instanceof Known<T> k) {
      return Optional.of(k.value());
    }
    if (this instanceof Absent<T>) {
      return Optional.ofNullable(defaultWhenAbsent);
    }
    return Optional.empty();
  }

  /** The value when known; empty when absent or unknown. */
  default Optional<T> known() {
    return valueOr(null);
  }

  default boolean isKnown() {
    return this instanceof Known<T>;
  }

  default boolean isUnknown() {
    return this instanceof Unknown<T>;
  }

  default boolean isAbsent() {
    return this instanceof Absent<T>;
  }

  /** Where the attribute is written, or {@code fallback} when it is absent. */
  default SourceRange rangeOr(SourceRange fallback) {
    if (this instanceof Known<T> k) {
      return k.range();
    }
    if (this instanceof Unknown<T> u) {
      return u.range();
    }
    return fallback;
  }

  /** Why the value is unknown; empty unless unknown. */
  default Optional<String> unknownReason() {
    return this instanceof Unknown<T> u ? Optional.of(u.reason()) : Optional.empty();
  }

  /** Maps a known value, keeping unknown and absent as they are. */
  default <R> Field<R> map(Function<? super T, ? extends R> f) {
    if (this instanceof Known<T> k) {
      return new Known<>(f.apply(k.value()), k.range());
    }
    if (this instanceof Unknown<T> u) {
      return new Unknown<>(u.reason(), u.range());
    }
    return new Absent<>();
  }
}
