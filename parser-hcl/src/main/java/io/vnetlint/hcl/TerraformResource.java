package io.vnetlint.hcl;

import io.vnetlint.model.Origin;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;

/**
 * One Terraform resource instance after evaluation, before azurerm mapping: what both the HCL evaluator and the
 * plan JSON reader produce, and what the azurerm mapper reads.
 *
 * @param address Terraform's own instance address: {@code module.hub["a"].azurerm_subnet.this["gw"]}
 * @param modulePath the module part of the address ({@code module.hub["a"]}), empty for the root module
 * @param type the resource type, {@code azurerm_subnet}
 * @param name the resource name label, {@code this}
 * @param body the evaluated arguments: each attribute under its name; each nested block type (including
 *     {@code dynamic} blocks after expansion) as a {@link Value.Arr} of {@link Value.Obj}, one per block, in
 *     source order. Member key ranges are the attribute names (or block type keywords), so findings can point at
 *     {@code use_remote_gateways = true}.
 * @param range the block header ({@code resource "azurerm_subnet" "this"}), where findings point when no
 *     attribute is involved
 * @param origin the file (and, later, workspace/var-file variant) that declared it
 * @param fromPlan true when read from {@code terraform show -json} output rather than from {@code .tf} files
 */
public record TerraformResource(
    String address,
    String modulePath,
    String type,
    String name,
    Value.Obj body,
    SourceRange range,
    Origin origin,
    boolean fromPlan) {}
