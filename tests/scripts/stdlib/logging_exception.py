# logging.exception and exc_info=: the message, then CPython's traceback text (entries with their
# source lines, the exception last); stack_info=True; a formatting error goes to handleError's
# report on stderr, and logging carries on.
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log = logging.getLogger('exc')
log.addHandler(handler)
log.propagate = False

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception('failed to divide %d', 1)
lines = stream.getvalue().splitlines()
print(lines[0])
print(lines[1])
print([line for line in lines if line.startswith('  File')] == [
    line for line in lines if line.startswith('  File') and ', in ' in line], len([l for l in lines if l.startswith('  File')]))
print([line.strip() for line in lines if line.startswith('    ')][:2])
print(lines[-1])

stream.seek(0)
stream.truncate()
try:
    raise KeyError('k')
except KeyError as e:
    log.error('with exc_info', exc_info=True)
    log.warning('exception object', exc_info=e)
out = stream.getvalue().splitlines()
print(out[0], '|', out[-1], '|', sum(1 for l in out if l.startswith('Traceback')))

stream.seek(0)
stream.truncate()
try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('while handling')
except ValueError:
    logging.getLogger('exc').exception('chained')
text = stream.getvalue()
print('During handling of the above exception, another exception occurred:' in text, text.splitlines()[-1])

stream.seek(0)
stream.truncate()
def report():
    log.warning('where am I', stack_info=True)
report()
text = stream.getvalue().splitlines()
print(text[0], '|', text[1], '|', text[-1].strip())

log.warning('bad args %d', 'not a number')
print('carried on')
# expect-stderr: --- Logging error ---
# expect-stderr: TypeError: %d format: a real number is required, not str
# expect-stderr: Message: 'bad args %d'
# expect-stderr: Arguments: ('not a number',)

# expect: ERROR failed to divide 1
# expect: Traceback (most recent call last):
# expect: True 2
# expect: ['divide(1, 0)', 'return a / b']
# expect: ZeroDivisionError: division by zero
# expect: ERROR with exc_info | KeyError: 'k' | 2
# expect: True ValueError: while handling
# expect: WARNING where am I | Stack (most recent call last): | log.warning('where am I', stack_info=True)
# expect: carried on
