# logging to files (FileHandler, basicConfig(filename=, filemode=)) in a fresh temporary directory,
# and from several threads at once: each record one whole line, none lost.
# args: --gil newgil
# args: --gil nogil
import logging
import os
import threading

base = '/tmp/gilvm_logging_test_%d' % os.getpid()
os.mkdir(base)
path = os.path.join(base, 'app.log')

fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(name)s - %(levelname)s - %(message)s'))
log = logging.getLogger('files')
log.propagate = False
log.addHandler(fh)
log.warning('first')
log.error('second %s', 'line')
print(repr(fh).startswith('<FileHandler /tmp/gilvm_logging_test_'), repr(fh).endswith('app.log (NOTSET)>'))
fh.close()
log.removeHandler(fh)
with open(path) as f:
    print(f.read(), end='')

path2 = os.path.join(base, 'basic.log')
logging.basicConfig(filename=path2, filemode='w', level=logging.DEBUG, format='%(levelname)s:%(threadName)s:%(message)s')
logging.debug('to the file')

def work(n):
    for i in range(200):
        logging.info('thread %d message %d', n, i)

threads = [threading.Thread(target=work, args=(n,), name='worker-%d' % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.root.handlers[0].close()
with open(path2) as f:
    lines = f.read().splitlines()
print(lines[0], len(lines))
counts = {}
ok = True
for line in lines[1:]:
    level, thread, message = line.split(':')
    words = message.split()
    ok = ok and level == 'INFO' and thread == 'worker-' + words[1] and len(words) == 4
    counts[thread] = counts.get(thread, 0) + 1
print(ok, sorted(counts.items()))

os.remove(path)
os.remove(path2)
os.rmdir(base)
print(os.path.exists(base))

# expect: True True
# expect: files - WARNING - first
# expect: files - ERROR - second line
# expect: DEBUG:MainThread:to the file 801
# expect: True [('worker-0', 200), ('worker-1', 200), ('worker-2', 200), ('worker-3', 200)]
# expect: False
