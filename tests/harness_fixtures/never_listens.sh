#!/bin/sh
# A "server" that starts and never prints its "listening HOST:PORT" line: gilbench must give up
# after timeouts.listen, kill it and record the cell as failed.
exec sleep 600
