# float(text): plain decimal text read in place (from_chars), and beside it what takes the long way:
# spaces, underscores, signs, inf/nan, values past the range, and the ValueErrors.
for t in ["2.5", "-1e-3", "1.", ".5", "0", "-0", "007", "1e308", "1e309", "-1e999", "4.9e-324", "1e-400", "123456789012345678901234567890", "0.1", "2.2250738585072014e-308", "1_000.5", " 3.5 ", "+2", "inf", "-Infinity", "nan", "1e", "e5", ".", "-", "1e5e5", "--1", "1-", "1.2.3", "", "1e+5", "0x10"]:
    try:
        print(repr(t), repr(float(t)))
    except ValueError as e:
        print(repr(t), e)

# expect: '2.5' 2.5
# expect: '-1e-3' -0.001
# expect: '1.' 1.0
# expect: '.5' 0.5
# expect: '0' 0.0
# expect: '-0' -0.0
# expect: '007' 7.0
# expect: '1e308' 1e+308
# expect: '1e309' inf
# expect: '-1e999' -inf
# expect: '4.9e-324' 5e-324
# expect: '1e-400' 0.0
# expect: '123456789012345678901234567890' 1.2345678901234568e+29
# expect: '0.1' 0.1
# expect: '2.2250738585072014e-308' 2.2250738585072014e-308
# expect: '1_000.5' 1000.5
# expect: ' 3.5 ' 3.5
# expect: '+2' 2.0
# expect: 'inf' inf
# expect: '-Infinity' -inf
# expect: 'nan' nan
# expect: '1e' could not convert string to float: '1e'
# expect: 'e5' could not convert string to float: 'e5'
# expect: '.' could not convert string to float: '.'
# expect: '-' could not convert string to float: '-'
# expect: '1e5e5' could not convert string to float: '1e5e5'
# expect: '--1' could not convert string to float: '--1'
# expect: '1-' could not convert string to float: '1-'
# expect: '1.2.3' could not convert string to float: '1.2.3'
# expect: '' could not convert string to float: ''
# expect: '1e+5' 100000.0
# expect: '0x10' could not convert string to float: '0x10'
