™‘‰ß= "prod"
cidrs = [.00"1.0.0/16"]
tags = <<-wnei = "me" <<