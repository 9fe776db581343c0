# methods: a custom container class with __getitem__, __len__, __iter__, __contains__
class Matrix:
    def __init__(self, rows, cols, fill=0):
        self.rows = rows
        self.cols = cols
        self.data = [fill] * (rows * cols)
    def __getitem__(self, rc):
        r, c = rc
        return self.data[r * self.cols + c]
    def __setitem__(self, rc, v):
        r, c = rc
        self.data[r * self.cols + c] = v
    def __len__(self):
        return self.rows * self.cols
    def __iter__(self):
        return iter(self.data)
    def __contains__(self, v):
        return v in self.data
    def __mul__(self, other):
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                s = 0
                for k in range(self.cols):
                    s += self[i, k] * other[k, j]
                out[i, j] = s
        return out
a = Matrix(30, 30)
b = Matrix(30, 30)
for i in range(30):
    for j in range(30):
        a[i, j] = i + j
        b[i, j] = i - j
c = a * b
print(len(c), sum(c), c[3, 4], -900 in c, max(c))
