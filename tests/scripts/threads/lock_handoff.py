# Two threads alternate strictly by handing two Locks back and forth (a Lock may be released
# by another thread than the one that acquired it). Blocking acquires must release the GIL.
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading

log = []
turn_a = threading.Lock()
turn_b = threading.Lock()
turn_b.acquire()  # A goes first

def player(name, mine, other, rounds):
    for i in range(rounds):
        mine.acquire()
        log.append("%s%d" % (name, i))
        other.release()

a = threading.Thread(target=player, args=("A", turn_a, turn_b, 4))
b = threading.Thread(target=player, args=("B", turn_b, turn_a, 4))
b.start()
a.start()
a.join()
b.join()
print(log)  # expect: ['A0', 'B0', 'A1', 'B1', 'A2', 'B2', 'A3', 'B3']
