/**
 * Bicep evaluation, lowered to the ARM model: a {@link io.vnetlint.bicep.eval.FileEvaluation} evaluates one Bicep
 * file (parameters, variables, resources, modules, outputs) in a {@link io.vnetlint.bicep.eval.Deployment} (one
 * deployment variant) into the same {@link io.vnetlint.arm.mapper.RawResource}s the ARM front end produces, with
 * Bicep source ranges, so the Microsoft.Network mapper and every rule work unchanged. Bicep's {@code sys}/{@code az}
 * functions run on the ARM implementations ({@link io.vnetlint.bicep.eval.ArmFunctions}); what a static scan cannot
 * know stays {@link io.vnetlint.model.Value.Unknown}, never a guess.
 */
package io.vnetlint.bicep.eval;
