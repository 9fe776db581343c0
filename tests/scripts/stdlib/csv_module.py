# csv (vm/modules/lib/csv.py): CPython 3.11's reader state machine, writer quoting, DictReader,
# DictWriter, dialects and errors
import csv, io
def rows(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        out = []
        for row in r:
            out.append((r.line_num, row))
        return out
    except Exception as e:
        return f'{type(e).__name__}: {e}'
cases = ['a,b,c\r\n1,2,3\r\n', 'a,b\n1,2\n', 'x,"y,z",w\n', '"he said ""hi""",2\n', '"multi\nline",end\n',
         '\n\na\n\n', 'a,,b,\n', ',\n', '"unterminated', 'tail', 'a,"b"c,d\n', ' a, b ,c\n', '"a" ,b\n',
         'a\r\nb\r\n', '"x"\r\n', '1,2.5,-3\n', 'é,ü,中\n', 'a\tb\tc\n']
for c in cases:
    print(repr(c), rows(c))
print(rows(' a, b ,c\n', skipinitialspace=True))
print(rows('a;b;"c;d"\n', delimiter=';'))
print(rows("a,'b,c'\n", quotechar="'"))
print(rows('a\\,b,c\n', escapechar='\\'))
print(rows('"a\\"b",c\n', escapechar='\\', doublequote=False))
print(rows('1,2,"x"\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('1,abc\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('"a",b\n', quoting=csv.QUOTE_NONE))
print(rows('a,"b"x\n', strict=True))
print(rows('"abc', strict=True))
print(rows('a\tb\n', dialect='excel-tab'), rows('a,b\n', dialect=csv.excel))
print(rows('a\0b\n'))
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(list(r), r.line_num)
for bad in [lambda: csv.reader(5), lambda: list(csv.reader([b'a,b'])), lambda: csv.reader([], delimiter='ab'),
            lambda: csv.reader([], delimiter=5), lambda: csv.reader([], quoting=9), lambda: csv.reader([], foo=1),
            lambda: csv.get_dialect('nope'), lambda: list(csv.reader(['a,"b"'], quotechar=None)),
            lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def w(rows_, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        n = [wr.writerow(r) for r in rows_]
        return repr(s.getvalue()) + ' ' + str(n)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
print(w([['a', 'b'], [1, 2.5, None, True], ['x,y', 'he said "hi"', 'line\nbreak', 'cr\rhere'], [''], [], ['', ''], [' lead', 'tail ']]))
print(w([['a', 1, 2.5, None]], quoting=csv.QUOTE_ALL))
print(w([['a', 1, 2.5, None, True]], quoting=csv.QUOTE_NONNUMERIC))
print(w([['a,b']], quoting=csv.QUOTE_NONE))
print(w([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\'))
print(w([['a"b']], doublequote=False, escapechar='\\'))
print(w([['a"b']], doublequote=False))
print(w([['a', 'b']], dialect='unix'), w([['a\tb', 'c']], dialect='excel-tab'), w([['a', 'b']], lineterminator='\n'))
print(w([['x\ry']], lineterminator='\n'), w([['x;y', 'z']], delimiter=';'))
print(w([['']], quoting=csv.QUOTE_NONE))
print(w([5]))
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['name', 'age'])
dw.writeheader(); dw.writerow({'name': 'Ann', 'age': 31}); dw.writerows([{'name': 'Bob'}, {'age': 5, 'name': 'C,D'}])
print(repr(s.getvalue()))
try:
    dw.writerow({'name': 'x', 'zzz': 1})
except ValueError as e:
    print(e)
dw2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore'); dw2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print(e)
text = 'name,age,city\nAnn,31,Oslo\n\nBob,25\nCy,40,Rome,extra,more\n'
dr = csv.DictReader(io.StringIO(text))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['x', 'y'], restkey='rest', restval='?')
print(list(dr))
print(list(csv.DictReader(io.StringIO('a,b\n1\n1,2,3\n'), restkey='more', restval=0)))
print(list(csv.DictReader(io.StringIO(''))), csv.DictReader(io.StringIO('')).fieldnames)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), w([['a', 'b']], dialect='pipes'), rows('a|"b|c"\n', dialect='pipes'))
print(csv.get_dialect('pipes').delimiter, csv.get_dialect('excel').delimiter)
csv.unregister_dialect('pipes')
print(sorted(csv.list_dialects()))
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(w([['a;b', 'c']], dialect=Semi), rows('x;y\n', dialect=Semi))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
print(csv.field_size_limit(), csv.field_size_limit(10), rows('abcdefghijklmnop\n'), csv.field_size_limit(131072))

# expect: 'a,b,c\r\n1,2,3\r\n' [(1, ['a', 'b', 'c']), (2, ['1', '2', '3'])]
# expect: 'a,b\n1,2\n' [(1, ['a', 'b']), (2, ['1', '2'])]
# expect: 'x,"y,z",w\n' [(1, ['x', 'y,z', 'w'])]
# expect: '"he said ""hi""",2\n' [(1, ['he said "hi"', '2'])]
# expect: '"multi\nline",end\n' [(2, ['multi\nline', 'end'])]
# expect: '\n\na\n\n' [(1, []), (2, []), (3, ['a']), (4, [])]
# expect: 'a,,b,\n' [(1, ['a', '', 'b', ''])]
# expect: ',\n' [(1, ['', ''])]
# expect: '"unterminated' [(1, ['unterminated'])]
# expect: 'tail' [(1, ['tail'])]
# expect: 'a,"b"c,d\n' [(1, ['a', 'bc', 'd'])]
# expect: ' a, b ,c\n' [(1, [' a', ' b ', 'c'])]
# expect: '"a" ,b\n' [(1, ['a ', 'b'])]
# expect: 'a\r\nb\r\n' [(1, ['a']), (2, ['b'])]
# expect: '"x"\r\n' [(1, ['x'])]
# expect: '1,2.5,-3\n' [(1, ['1', '2.5', '-3'])]
# expect: 'é,ü,中\n' [(1, ['é', 'ü', '中'])]
# expect: 'a\tb\tc\n' [(1, ['a\tb\tc'])]
# expect: [(1, ['a', 'b ', 'c'])]
# expect: [(1, ['a', 'b', 'c;d'])]
# expect: [(1, ['a', 'b,c'])]
# expect: [(1, ['a,b', 'c'])]
# expect: [(1, ['a"b', 'c'])]
# expect: [(1, [1.0, 2.0, 'x'])]
# expect: ValueError: could not convert string to float: 'abc'
# expect: [(1, ['"a"', 'b'])]
# expect: Error: ',' expected after '"'
# expect: Error: unexpected end of data
# expect: [(1, ['a', 'b'])] [(1, ['a', 'b'])]
# expect: [(1, ['a\x00b'])]
# expect: [['a', 'b'], ['c', 'de'], ['f']] 4
# expect: TypeError 'int' object is not iterable
# expect: Error iterator should return strings, not bytes (the file should be opened in text mode)
# expect: TypeError "delimiter" must be a 1-character string
# expect: TypeError "delimiter" must be string, not int
# expect: TypeError bad "quoting" value
# expect: TypeError 'foo' is an invalid keyword argument for this function
# expect: Error unknown dialect
# expect: [['a', '"b"']]
# expect: TypeError quotechar must be set if quoting enabled
# expect: 'a,b\r\n1,2.5,,True\r\n"x,y","he said ""hi""","line\nbreak","cr\rhere"\r\n""\r\n\r\n,\r\n lead,tail \r\n' [5, 13, 47, 4, 2, 3, 13]
# expect: '"a","1","2.5",""\r\n' [18]
# expect: '"a",1,2.5,"",True\r\n' [19]
# expect: Error: need to escape, but no escapechar set
# expect: 'a\\,b,c\\"d\r\n' [11]
# expect: 'a\\"b\r\n' [6]
# expect: Error: need to escape, but no escapechar set
# expect: '"a","b"\n' [8] '"a\tb"\tc\r\n' [9] 'a,b\n' [4]
# expect: 'x\ry\n' [4] '"x;y";z\r\n' [9]
# expect: Error: single empty field record must be quoted
# expect: Error: iterable expected, not int
# expect: 'name,age\r\nAnn,31\r\nBob,\r\n"C,D",5\r\n'
# expect: dict contains fields not in fieldnames: 'zzz'
# expect: extrasaction (bad) must be 'raise' or 'ignore'
# expect: ['name', 'age', 'city']
# expect: {'name': 'Ann', 'age': '31', 'city': 'Oslo'} 2
# expect: {'name': 'Bob', 'age': '25', 'city': None} 4
# expect: {'name': 'Cy', 'age': '40', 'city': 'Rome', None: ['extra', 'more']} 5
# expect: [{'x': '1', 'y': '2'}, {'x': '3', 'y': '4'}]
# expect: [{'a': '1', 'b': 0}, {'a': '1', 'b': '2', 'more': ['3']}]
# expect: [] None
# expect: ['excel', 'excel-tab', 'pipes', 'unix'] '"a"|"b"\r\n' [9] [(1, ['a', 'b|c'])]
# expect: | ,
# expect: ['excel', 'excel-tab', 'unix']
# expect: '"a;b";c\n' [8] [(1, ['x', 'y'])]
# expect: 0 1 2 3 True
# expect: 131072 131072 Error: field larger than field limit (10) 10
