sites = {
  west = {
    location       = "westeurope"
    address_space  = "10.10.0.0/16"
    gateway_subnet = "10.10.255.0/27"
    asn            = 65010
  }
  east = {
    location       = "northeurope"
    address_space  = "10.20.0.0/16"
    gateway_subnet = "10.20.255.0/29"
    asn            = 65020
  }
}

# In real use these come from TF_VAR_shared_key_west / TF_VAR_shared_key_east or a secret store; the example
# shows what happens when the two sides were set up with different keys.
shared_key_west = "example-key-rotated-2026-10"
shared_key_east = "example-key-2026-04"
