# logging without configuration: the last-resort handler writes warnings and worse, bare, to stderr;
# info and debug go nowhere; a NullHandler on a library's logger silences it.
import logging
log = logging.getLogger('lib')
log.info('not shown')
log.warning('careful: %d left', 3)
logging.getLogger('quiet').addHandler(logging.NullHandler())
logging.getLogger('quiet').error('silenced')
logging.getLogger('quiet.child').critical('silenced too')
print('root handlers', logging.root.handlers, logging.lastResort)
logging.lastResort = None
log.error('lost')
print('done')
# expect-stderr: careful: 3 left

# expect: root handlers [] <_StderrHandler <stderr> (WARNING)>
# expect: done
