# logging: loggers by dotted names (hierarchy, propagate, effective levels), levels and their
# names, %-formatting of arguments, Formatter fields, handlers on streams, filters, LoggerAdapter,
# basicConfig (format, datefmt, level, stream, force) and its errors; deterministic times through
# Formatter.converter = time.gmtime and fixed `created` values.
import io
import logging
import sys
import time

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName('INFO'), logging.getLevelName(25))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items())[:3])

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root, root.name, root.level)
a = logging.getLogger('app')
ab = logging.getLogger('app.db')
abc = logging.getLogger('app.db.pool')
print(a, ab.parent is a, abc.parent is ab, a.parent is root, logging.getLogger('app') is a)
# A child made before its parent: the placeholder is fixed up when the parent arrives.
x = logging.getLogger('x.y.z')
print(x.parent is root)
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root, a.getChild('db') is ab)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.WARNING))
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), repr(abc), repr(a))
a.setLevel('INFO')
print(a.level, abc.isEnabledFor(logging.DEBUG))

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
a.addHandler(handler)
abc.info('connected to %s:%d', 'db', 5432)
abc.debug('not shown %d', 1)
ab.warning('pool at %d%%', 90)
ab.error('mapping %(a)s and %(b)d', {'a': 'x', 'b': 2})
ab.log(logging.CRITICAL, 'via log(), %r', [1, 2])
ab.log(25, 'custom level')
ab.critical('no args %s')
print(stream.getvalue(), end='')
print(handler, a.handlers == [handler], a.hasHandlers(), ab.hasHandlers(), logging.getLogger('other').hasHandlers())

# propagate=False stops at the logger; two handlers each get the record; handler levels.
stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter('H2 %(name)s %(levelno)d %(message)s'))
ab.addHandler(h2)
ab.warning('to both? %s', 'no')
ab.error('to both')
ab.propagate = False
ab.error('only h2')
abc.critical('from the pool')
ab.propagate = True
print(stream2.getvalue(), end='')
print(stream.getvalue().splitlines()[-2:])
ab.removeHandler(h2)

# Formatter fields, times made deterministic
fmt = logging.Formatter('%(asctime)s %(levelname)-8s %(name)s:%(funcName)s:%(lineno)d [%(threadName)s] %(module)s %(filename)s %(message)s')
fmt.converter = time.gmtime
rec = logging.LogRecord('rec', logging.INFO, '/some/where/prog.py', 42, 'value %s', ('v',), None, 'func')
rec.created = 86400 * 365 + 3661.25
rec.msecs = 250.0
print(fmt.format(rec))
print(logging.Formatter('%(asctime)s', datefmt='%d/%m/%Y %H-%M-%S').formatTime(rec, '%Y') != '', rec.getMessage())
fmt2 = logging.Formatter('[%(asctime)s] %(message)s', datefmt='%Y-%m-%d %H:%M')
fmt2.converter = time.gmtime
print(fmt2.format(rec), repr(rec))
print(logging.Formatter().format(rec), '|', logging.Formatter('{levelname}:{message}', style='{').format(rec))
print(logging.Formatter('$levelname ${name}: $message', style='$').format(rec))
print(logging.Formatter('%(levelname)s', defaults={'x': 1}).format(rec))
print(logging.Formatter('%(message)s %(custom)s', defaults={'custom': 'dflt'}).format(rec))
mr = logging.makeLogRecord({'msg': 'made %d', 'args': (5,), 'levelno': 30, 'levelname': 'WARNING', 'name': 'mk'})
print(logging.Formatter(logging.BASIC_FORMAT).format(mr))

# funcName and lineno of the caller
s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(module)s:%(message)s'))
lg = logging.getLogger('where')
lg.addHandler(h3)
lg.propagate = False
def some_function():
    lg.warning('inside')
class Service:
    def run(self):
        lg.error('in a method')
some_function()
Service().run()
lg.warning('at module level')
print(s3.getvalue(), end='')

# Filters: by name and as callables; Logger.filter
s4 = io.StringIO()
h4 = logging.StreamHandler(s4)
h4.addFilter(logging.Filter('f.keep'))
flog = logging.getLogger('f')
flog.propagate = False
flog.addHandler(h4)
logging.getLogger('f.keep.sub').warning('kept')
logging.getLogger('f.keepnot').warning('dropped')
flog.warning('dropped too')
h4.addFilter(lambda r: 'secret' not in r.getMessage())
logging.getLogger('f.keep').warning('secret stuff')
logging.getLogger('f.keep').warning('plain stuff')
print(s4.getvalue(), end='')

# extra= and LoggerAdapter
s5 = io.StringIO()
h5 = logging.StreamHandler(s5)
h5.setFormatter(logging.Formatter('%(user)s %(message)s'))
alog = logging.getLogger('adapt')
alog.propagate = False
alog.addHandler(h5)
alog.warning('with extra', extra={'user': 'ann'})
ad = logging.LoggerAdapter(alog, {'user': 'bob'})
ad.warning('through %s', 'adapter')
print(s5.getvalue(), end='', flush=True)
print(ad, ad.isEnabledFor(logging.DEBUG))
try:
    alog.warning('clash', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)

# Errors
for bad in ('LOUD', 1.5, None):
    try:
        logging.getLogger('e').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
try:
    logging.Formatter('%(message)s', style='x')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('no fields')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('{x', style='{').format(rec)
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('%(missing)s').format(rec)
except ValueError as e:
    print('ValueError', e)
try:
    logging.getLogger('e').log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)

# basicConfig: stream, format, level; again without force is ignored; force replaces the handler.
out = io.StringIO()
logging.basicConfig(stream=out, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.info('root info %d', 1)
logging.debug('hidden')
logging.getLogger('bc').warning('child warning')
logging.basicConfig(stream=sys.stdout, format='IGNORED %(message)s')
logging.error('still the first config')
print(out.getvalue(), end='')
logging.basicConfig(stream=sys.stdout, format='forced %(levelname)s %(message)s', force=True, level='DEBUG')
logging.debug('now debug shows')
logging.critical('critical %s', 'too')
print(len(logging.root.handlers), logging.root.level)
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print('ValueError', e)
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('error passes')
logging.disable(logging.NOTSET)
logging.warning('enabled again')

# expect: 10 20 30 40 50 0
# expect: DEBUG CRITICAL 20 Level 25
# expect: NOTICE 25
# expect: [('CRITICAL', 50), ('DEBUG', 10), ('ERROR', 40)]
# expect: <RootLogger root (WARNING)> True True root 30
# expect: <Logger app (WARNING)> True True True True
# expect: True
# expect: True True True
# expect: 30 False True
# expect: 10 True <Logger app.db.pool (DEBUG)> <Logger app (DEBUG)>
# expect: 20 False
# expect: INFO|app.db.pool|connected to db:5432
# expect: WARNING|app.db|pool at 90%
# expect: ERROR|app.db|mapping x and 2
# expect: CRITICAL|app.db|via log(), [1, 2]
# expect: NOTICE|app.db|custom level
# expect: CRITICAL|app.db|no args %s
# expect: <StreamHandler (NOTSET)> True True True False
# expect: H2 app.db 40 to both
# expect: H2 app.db 40 only h2
# expect: H2 app.db.pool 50 from the pool
# expect: ['WARNING|app.db|to both? no', 'ERROR|app.db|to both']
# expect: 1971-01-01 01:01:01,250 INFO     rec:func:42 [MainThread] prog prog.py value v
# expect: True value v
# expect: [1971-01-01 01:01] value v <LogRecord: rec, 20, /some/where/prog.py, 42, "value %s">
# expect: value v | INFO:value v
# expect: INFO rec: value v
# expect: INFO
# expect: value v dflt
# expect: WARNING:mk:made 5
# expect: some_function:89:logging_basic:inside
# expect: run:92:logging_basic:in a method
# expect: <module>:95:logging_basic:at module level
# expect: kept
# expect: plain stuff
# expect: ann with extra
# expect: bob through adapter
# expect: <LoggerAdapter adapt (WARNING)> False
# expect: KeyError "Attempt to overwrite 'message' in LogRecord"
# expect: ValueError Unknown level: 'LOUD'
# expect: TypeError Level not an integer or a valid string: 1.5
# expect: TypeError Level not an integer or a valid string: None
# expect: TypeError A logger name must be a string
# expect: ValueError Style must be one of: %,{,$
# expect: ValueError Invalid format 'no fields' for '%' style
# expect: ValueError invalid format: expected '}' before end of string
# expect: ValueError Formatting field not found in record: 'missing'
# expect: TypeError level must be an integer
# expect: INFO:root:root info 1
# expect: WARNING:bc:child warning
# expect: ERROR:root:still the first config
# expect: forced DEBUG now debug shows
# expect: forced CRITICAL critical too
# expect: 1 10
# expect: ValueError 'stream' and 'filename' should not be specified together
# expect: ValueError Unrecognised argument(s): bogus
