package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.SourceRange;

/**
 * What every resource has.
 *
 * @param id the Azure resource id as far as it is known
 * @param address the front end's stable address: a Terraform address, or the ARM type and name for templates;
 *     fingerprints use it, so it must not depend on line numbers
 * @param displayName the resource's name as users know it (the Azure name when known, else the address)
 * @param range the resource's header, where findings point when no attribute is involved
 * @param origin the file and deployment variant that declared it
 * @param location the Azure region
 */
public record ResourceHeader(
    ResourceId id, String address, String displayName, SourceRange range, Origin origin, Field<String> location) {}
