env = "prod"
cidrs = ["10.0.0.0/16"]
tags = { owner = "me" }
