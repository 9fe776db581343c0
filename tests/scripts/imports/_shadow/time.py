shadowed = "never: time is built into CPython, so no file shadows it"
