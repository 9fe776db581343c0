level = "inner"
