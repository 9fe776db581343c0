shadowed = "never: sys is built in"
