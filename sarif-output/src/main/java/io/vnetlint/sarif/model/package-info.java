/**
 * The part of the SARIF 2.1.0 object model that vnetlint writes, as records serialized with Jackson.
 *
 * <p>Every record leaves out null members ({@code @JsonInclude(NON_NULL)}) and fixes its member order
 * ({@code @JsonPropertyOrder}), so the same log always serializes to the same bytes. Nothing is dropped for having
 * a default value (a level of {@code warning} is still written). Empty lists that SARIF or GitHub require, such as
 * {@code run.results}, are kept; optional ones are passed as null by the writer.
 *
 * <p>{@code SarifJson} writes the records member by member as these annotations say (without starting Jackson
 * databind); a member added here must be added there too, and {@code SarifJsonTest} compares the two writers.
 */
package io.vnetlint.sarif.model;
