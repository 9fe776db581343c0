# A small stack machine: tuple unpacking of instructions, if/elif on op strings, list append and
# pop.
def run(prog, x):
    stack = []
    pc = 0
    while pc < len(prog):
        op, arg = prog[pc]
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(x)
        elif op == "add":
            b = stack.pop(); a = stack.pop(); stack.append(a + b)
        elif op == "mul":
            b = stack.pop(); a = stack.pop(); stack.append(a * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
                continue
        pc += 1
    return stack[-1]
def main(n):
    prog = [("load", None), ("push", 3), ("mul", None), ("push", 1), ("add", None), ("load", None), ("add", None)]
    return sum(run(prog, i) for i in range(n))
print(main(40000))
