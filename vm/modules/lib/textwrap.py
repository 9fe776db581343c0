# textwrap for gilvm (embedded; see vm/modules/python_lib.h): wrap, fill, shorten, dedent,
# indent and TextWrapper with all of CPython 3.11's options, breaking text at the same places:
# chunks are runs of whitespace, words, the parts of hyphenated words and em-dashes as CPython's
# word-separating pattern cuts them, laid into lines as its _wrap_chunks lays them.
import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_ws = '[%s]' % re.escape(_whitespace)
_not_ws = '[^' + _ws[1:]
_letter = r'[^\d\W]'
_word_punct = r'[\w!"\'&.,?]'

# A chunk is whitespace; an em-dash (two or more hyphens) between words; or the shortest run of
# non-whitespace that ends a word, ends a hyphenated part ("hyphen-" of "hyphen-ated", letters
# on both sides), or stops before an em-dash.
_chunk_re = re.compile(r'''
    ( {ws}+
    | (?<={wp}) -{{2,}} (?=\w)
    | {nws}+? (?: -(?: (?<={lt}{{2}}-) | (?<={lt}-{lt}-)) (?= {lt} -? {lt})
               | (?={ws}|\Z)
               | (?<={wp}) (?=-{{2,}}\w)
               )
    )'''.format(ws=_ws, wp=_word_punct, nws=_not_ws, lt=_letter), re.VERBOSE)
_whitespace_run_re = re.compile('(%s+)' % _ws)
_sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = _chunk_re
    wordsep_simple_re = _whitespace_run_re
    sentence_end_re = _sentence_end_re

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence's end ("end.", "end!'") that one space follows.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a line: as much of it as fits (up to its last hyphen that does,
        # when breaking on hyphens) ends this line; or, not breaking words, it takes a line of
        # its own.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _fits_last_line(self, chunks, cur_len, width):
        # Whether the line being ended may be the last one under max_lines: nothing but
        # droppable whitespace is left, and it fits.
        rest_is_space = not chunks or (self.drop_whitespace and len(chunks) == 1 and
                                       not chunks[0].strip())
        return rest_is_space and cur_len <= width

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            first_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()  # popped from the end
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]  # no line but the first starts with whitespace
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]  # nor ends with it
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    self._fits_last_line(chunks, cur_len, width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, with text left over: the placeholder after as many of its
            # chunks as leave room for it, or after the line before.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_line_indent_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    # The longest run of spaces and tabs that starts every line with text, removed; lines of
    # only spaces and tabs become empty.
    text = _blank_line_re.sub('', text)
    margin = None
    for line_indent in _line_indent_re.findall(text):
        if margin is None or margin.startswith(line_indent):
            margin = line_indent
        elif not line_indent.startswith(margin):
            common = 0
            for a, b in zip(margin, line_indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
