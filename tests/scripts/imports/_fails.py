print("running _fails")
value = 1
raise ValueError("from _fails")
