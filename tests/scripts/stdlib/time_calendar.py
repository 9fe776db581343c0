# time.gmtime/localtime (struct_time: a tuple with named fields) and time.strftime, with CPython's
# argument errors; os.stat's stat_result fields. (type(t).__name__ is 'tuple' in gilvm: not tested.)
import time
t = time.gmtime(0)
print(t, tuple(t), t.tm_year, t.tm_wday, t.tm_yday, t[0], len(t))
t = time.gmtime(1700000000.75)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.gmtime(-1), time.gmtime(951782400)[:3])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %A %B %%', time.gmtime(1700000000)))
print(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('', time.gmtime(0)) == '')
print(time.strftime('%d/%m', (2021, 0, 0, 0, 0, 0, 0, 0, 0)))
lt = time.localtime()
print(len(lt), 1 <= lt.tm_mon <= 12, time.localtime(0.0)[0] in (1969, 1970), len(time.strftime('%H:%M')))
for args in (((2020, 13, 1, 0, 0, 0, 0, 1, 0),), ((2020, 1, 32, 0, 0, 0, 0, 1, 0),), ((2020, 1, 1, 24, 0, 0, 0, 1, 0),),
             ((1, 2, 3),), ('x',), ((2020, 1, 1, 0, 0, 0, 0, 1, 'a'),)):
    try:
        time.strftime('%Y', *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (5, None):
    try:
        time.strftime(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    time.gmtime('x')
except TypeError as e:
    print('TypeError', e)

import os
st = os.stat('/')
print(st.st_mode & 0o170000 == 0o040000, st.st_size >= 0, st.st_nlink >= 1, st.st_mtime > 0)
try:
    os.stat('/no/such/file')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename, e)
try:
    os.lstat('')
except FileNotFoundError as e:
    print('FileNotFoundError', e)

# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) (1970, 1, 1, 0, 0, 0, 3, 1, 0) 1970 3 1 1970 9
# expect: 2023 11 14 22 13 20 1 318 0
# expect: time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=59, tm_wday=2, tm_yday=365, tm_isdst=0) (2000, 2, 29)
# expect: 2023-11-14 22:13:20 Tue Nov 318 Tuesday November %
# expect: 2020 True
# expect: 01/01
# expect: 9 True True 5
# expect: ValueError month out of range
# expect: ValueError day of month out of range
# expect: ValueError hour out of range
# expect: TypeError strftime(): illegal time tuple argument
# expect: TypeError Tuple or struct_time argument required
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError strftime() argument 1 must be str, not int
# expect: TypeError strftime() argument 1 must be str, not None
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: True True True True
# expect: FileNotFoundError 2 /no/such/file [Errno 2] No such file or directory: '/no/such/file'
# expect: FileNotFoundError [Errno 2] No such file or directory: ''
