# statistics (vm/modules/lib/statistics.py): CPython 3.11's results to the last bit (exact sums,
# correctly rounded square roots), its errors and messages
import statistics as st
from fractions import Fraction as F
print(st.mean([0.1, 0.2, 0.3]), st.mean([1, 2, 3, 4, 4]), st.mean([1, 2]), st.mean([F(1, 3), F(1, 6)]), st.mean([1, 2.5]))
print(st.mean([True, False, True]), repr(st.mean([3, 5])), st.mean(range(1, 101)), st.mean(x / 7 for x in range(50)))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([1, 2])))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10], weights=[1, 2, 3]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), repr(st.variance([1, 3, 5])), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.variance(data, st.mean(data)), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev(range(10**6, 10**6 + 50)), st.pstdev([1e300, 1e300 * 0.5]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 2.5, 9], n=3), st.quantiles([1, 9], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
r = st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True)
print(r.slope, r.intercept, r)
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1]), st.variance([1.0, float('inf')]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]),
            lambda: st.mode([]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
            lambda: st.quantiles([1, 2], method='x'), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.geometric_mean([0, 1]), lambda: st.mean(['a', 'b']), lambda: st.mean([1, F(1, 2), 0.5]),
            lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.covariance([1], [2, 3]),
            lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.fmean([]), lambda: st.pvariance([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(st.mean([F(1, 2), 0.5]), type(st.mean([1, F(1, 2)])).__name__, st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
for f in [lambda: st.stdev([1.0, float('nan')]), lambda: st.pstdev([1.0, float('inf')]), lambda: st.stdev([1, 2], xbar=1.5),
          lambda: st.mean((1, 2, 3)), lambda: st.median(iter([3, 1, 2])), lambda: st.fmean([1, 2], weights=[1]),
          lambda: st.fmean([1, 2], weights=[0, 0]), lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.variance(iter([1.5, 2.5, 4])),
          lambda: st.mode([1.5, 1.5, 2]), lambda: st.median([1, 2.5]), lambda: st.StatisticsError.__mro__[1].__name__,
          lambda: st.pvariance([1, 2, 3], mu=2), lambda: st.geometric_mean([2, 8]), lambda: st.harmonic_mean([1, 0, 2])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# expect: 0.2 2.8 1.5 1/4 1.75
# expect: 0.6666666666666666 4 50.5 3.5
# expect: 4.25 2.25 1.5
# expect: 36.000000000000014 48.0 4.390243902439025
# expect: 3 4.0 3 5
# expect: 52.5 3.5
# expect: 3 red ['b', 'd', 'f'] []
# expect: 1.3720238095238095 1.1760204081632653 1.171334200612195 1.084444746477784
# expect: 1.6666666666666667 1.25 4 1.2909944487358056 2.0
# expect: 13/48 1.3720238095238095 1.25
# expect: 1.0810874155219827 14.577379737113251 2.5e+299
# expect: [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
# expect: [2.0, 3.0, 4.0] [1.8333333333333333, 6.833333333333333] []
# expect: 0.75 1.0 0.31622776601683794 LinearRegression(slope=2.0, intercept=1.0)
# expect: 2.107142857142857 0.0 LinearRegression(slope=2.107142857142857, intercept=0.0)
# expect: inf nan inf
# expect: StatisticsError mean requires at least one data point True
# expect: StatisticsError variance requires at least two data points True
# expect: StatisticsError stdev requires at least two data points True
# expect: StatisticsError no median for empty data True
# expect: StatisticsError no mode for empty data True
# expect: StatisticsError must have at least two data points True
# expect: StatisticsError n must be at least 1 True
# expect: ValueError Unknown method: 'x' True
# expect: StatisticsError harmonic mean does not support negative values True
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers True
# expect: TypeError can't convert type 'str' to numerator/denominator False
# expect: 0.6666666666666666
# expect: StatisticsError at least one of the inputs is constant True
# expect: StatisticsError covariance requires that both inputs have same number of data points True
# expect: StatisticsError x is constant True
# expect: StatisticsError fmean requires at least one data point True
# expect: StatisticsError pvariance requires at least one data point True
# expect: 0.5 Fraction 0 7
# expect: AttributeError 'float' object has no attribute 'numerator'
# expect: AttributeError 'float' object has no attribute 'numerator'
# expect: 0.7071067811865476
# expect: 2
# expect: 2
# expect: StatisticsError data and weights must be the same length
# expect: StatisticsError sum of weights must be non-zero
# expect: StatisticsError Number of weights does not match data size
# expect: 1.5833333333333333
# expect: 1.5
# expect: 1.75
# expect: 'ValueError'
# expect: 0.6666666666666666
# expect: 4.0
# expect: 0
