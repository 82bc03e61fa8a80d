radius = "cnryTfVarsRadiusY3B6"
