x = []
for i in range(5000):
    x = [x]
t = ()
for i in range(5000):
    t = (t, i)
try:
    print(x, x == [x], x in [x, t], hash(t), {t: x})
except RecursionError as e:
    print(e)
y = ((((((((((((((((((((1,),),),),),),),),),),),),),),),),),),),)
print(y, -(-(-(-(-(-(-(-1))))))), not not not not not True)
