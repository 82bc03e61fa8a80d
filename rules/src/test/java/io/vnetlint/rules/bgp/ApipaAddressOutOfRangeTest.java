package io.vnetlint.rules.bgp;

import static io.vnetlint.rules.testing.FakeResources.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.rules.Location;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VNL607 on a connection's own custom BGP addresses (the gateway side is covered by the fixtures). */
class ApipaAddressOutOfRangeTest {

  private static Connection connection(FakeResources f, String name, String type,
      Field<List<Field<String>>> addresses) {
    return f.with(new Connection(f.header("Microsoft.Network/connections", name), f.known(type), Field.absent(),
        Field.absent(), Field.absent(), Field.absent(), Field.absent(), f.known(true), Field.absent(),
        Field.absent(), Field.absent(), addresses));
  }

  @Test
  void oneFindingPerConnectionOnItsFirstAddressOutOfRangeTheOthersRelated() {
    FakeResources f = new FakeResources();
    Field<String> inRange = f.known("169.254.21.1");
    Field<String> first = f.known("169.254.1.1");
    Field<String> second = f.known("10.0.0.1");
    connection(f, "c", "IPsec", f.known(List.of(inRange, first, second)));
    RuleRun run = RuleRun.of(new ApipaAddressOutOfRange(), f);
    assertThat(run.lines()).containsExactly(line(first));
    assertThat(run.findings().get(0).message()).contains("'169.254.1.1', '10.0.0.1'")
        .contains("169.254.21.0-169.254.22.255");
    assertThat(run.findings().get(0).related()).extracting(Location::range).containsExactly(second.rangeOr(null));
  }

  @Test
  void bothEndsOfTheRangeAreAccepted() {
    FakeResources f = new FakeResources();
    connection(f, "c", "Vnet2Vnet", f.known(List.of(f.known("169.254.21.0"), f.known("169.254.22.255"))));
    RuleRun run = RuleRun.of(new ApipaAddressOutOfRange(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void unknownListOrAddressIsNotCheckedNeverInRange() {
    FakeResources f = new FakeResources();
    connection(f, "whole", "IPsec", f.unknown("parameter 'bgp' has no value"));
    connection(f, "one", "IPsec", f.known(List.of(f.unknown("var.apipa has no value"), f.known("169.254.21.9"))));
    RuleRun run = RuleRun.of(new ApipaAddressOutOfRange(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).extracting(d -> d.message()).hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("parameter 'bgp' has no value"))
        .anySatisfy(m -> assertThat(m).contains("var.apipa has no value"));
  }

  @Test
  void expressRouteConnectionsAndConnectionsWithoutCustomAddressesAreSkipped() {
    FakeResources f = new FakeResources();
    connection(f, "er", "ExpressRoute", f.known(List.of(f.known("169.254.1.1"))));
    connection(f, "plain", "IPsec", Field.absent());
    RuleRun run = RuleRun.of(new ApipaAddressOutOfRange(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }
}
