package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.azure.PublicIp;
import org.junit.jupiter.api.Test;

class PublicIpMapperTest {

  private static PublicIp pip(String body) {
    return Mapped.of(resource("azurerm_public_ip.p", body)).only(PublicIp.class);
  }

  @Test
  void zonalStandardPublicIp() {
    PublicIp p = pip("""
        {"name": "gw-pip", "resource_group_name": "rg", "allocation_method": "Static", "sku": "Standard",
         "zones": ["1", "2", 3]}""");
    assertThat(p.header().id().type()).isEqualTo("Microsoft.Network/publicIPAddresses");
    assertThat(p.sku().known()).contains("Standard");
    assertThat(p.allocationMethod().known()).contains("Static");
    assertThat(p.zones().known().orElseThrow()).containsExactly("1", "2", "3");
    // computed: the configuration never knows the address
    assertThat(p.ipAddress().unknownReason()).contains(PublicIpMapper.ADDRESS_AFTER_APPLY);
  }

  @Test
  void anUnwrittenSkuIsAbsentBecauseItsDefaultDependsOnTheProviderVersion() {
    PublicIp p = pip("{\"name\": \"p\", \"allocation_method\": \"Dynamic\"}");
    assertThat(p.sku().isAbsent()).isTrue();
    assertThat(p.zones().isAbsent()).isTrue();
  }

  @Test
  void aPlanMayKnowTheAddress() {
    PublicIp known = pip("{\"name\": \"p\", \"ip_address\": \"20.1.2.3\", \"sku\": \"Standard\", \"zones\": []}");
    assertThat(known.ipAddress().known()).contains("20.1.2.3");
    assertThat(known.zones().known().orElseThrow()).isEmpty();
    PublicIp pending = pip("{\"name\": \"p\", \"ip_address\": \"${unknown:known after apply}\"}");
    assertThat(pending.ipAddress().unknownReason()).contains("known after apply");
  }
}
