package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRangesTest {

  @Test
  void secretAttributesAndSensitiveValues() {
    List<SourceRange> ranges = SecretRanges.of(List.of(
        resource("azurerm_virtual_network_gateway_connection.c", """
            {"name": "c",
             "shared_key": "plain-key",
             "authorization_key": null}"""),
        resource("azurerm_virtual_network_gateway.g", """
            {"name": "g", "vpn_client_configuration": [{"radius_server": [{"address": "10.0.0.1",
             "secret": "radius"}]}], "sku": "${sensitive:VpnGw1}"}"""),
        resource("random_thing.x", """
            {"secret": "not an azurerm secret", "value": "${sensitive:masked}"}""")));
    assertThat(ranges).extracting(SourceRange::toString).containsExactly(
        "main.tf:2:16-2:27",   // shared_key
        "main.tf:2:12-2:20",   // radius_server.secret
        "main.tf:2:33-2:54",   // the sensitive sku
        "main.tf:1:46-1:67");  // a sensitive value in another provider's resource
  }
}
