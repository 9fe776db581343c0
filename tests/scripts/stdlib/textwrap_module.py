# textwrap (vm/modules/lib/textwrap.py): lines broken where CPython 3.11 breaks them, for every
# option; dedent, indent, shorten
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module -- a well-known "
        "utility -- wraps long paragraphs; it handles hyphenated-words, e-mail addresses like "
        "someone@example.com, and URLs such as https://example.com/a/very/long/path/name.html "
        "gracefully.  Sentence two! And three? Yes.\tTabs\tand\nnewlines too.")
for width in (1, 5, 10, 12, 20, 33, 50, 70, 200):
    print(width, textwrap.wrap(text, width=width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 25, tabsize=4))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 12, max_lines=1, placeholder=' [more]'))
print(textwrap.wrap('   leading and trailing   ', 10), textwrap.wrap(''), textwrap.wrap('   '))
print(textwrap.wrap('a-b-c-d-e-f-g-h well-known x--y ab--cd --flag ---', 6))
print(textwrap.wrap('supercalifragilisticexpialidocious-antidisestablishmentarianism', 10))
print(textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world!', width=11))
print(textwrap.shorten(text, 40), '|', textwrap.shorten(text, 40, placeholder=' ~'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      odd
    ''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    x\n  \n    y')), repr(textwrap.dedent('none\n  here')))
print(repr(textwrap.indent('a\n\nb\n  c\n', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=18, initial_indent='- ')
print(w.wrap('one two three four five six seven'), w.fill('eight nine'))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('abc def', 5, max_lines=2, placeholder='......'),
            lambda: textwrap.shorten('abc', 2)]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)

# expect: 1 ['T', 'h', 'e', 'q', 'u', 'i', 'c', 'k', 'b', 'r', 'o', 'w', 'n', 'f', 'o', 'x', 'j', 'u', 'm', 'p', 's', 'o', 'v', 'e', 'r', 't', 'h', 'e', 'l', 'a', 'z', 'y', 'd', 'o', 'g', '.', 'P', 'y', 't', 'h', 'o', 'n', "'", 's', 't', 'e', 'x', 't', 'w', 'r', 'a', 'p', 'm', 'o', 'd', 'u', 'l', 'e', '-', '-', 'a', 'w', 'e', 'l', 'l', '-', 'k', 'n', 'o', 'w', 'n', 'u', 't', 'i', 'l', 'i', 't', 'y', '-', '-', 'w', 'r', 'a', 'p', 's', 'l', 'o', 'n', 'g', 'p', 'a', 'r', 'a', 'g', 'r', 'a', 'p', 'h', 's', ';', 'i', 't', 'h', 'a', 'n', 'd', 'l', 'e', 's', 'h', 'y', 'p', 'h', 'e', 'n', 'a', 't', 'e', 'd', '-', 'w', 'o', 'r', 'd', 's', ',', 'e', '-', 'm', 'a', 'i', 'l', 'a', 'd', 'd', 'r', 'e', 's', 's', 'e', 's', 'l', 'i', 'k', 'e', 's', 'o', 'm', 'e', 'o', 'n', 'e', '@', 'e', 'x', 'a', 'm', 'p', 'l', 'e', '.', 'c', 'o', 'm', ',', 'a', 'n', 'd', 'U', 'R', 'L', 's', 's', 'u', 'c', 'h', 'a', 's', 'h', 't', 't', 'p', 's', ':', '/', '/', 'e', 'x', 'a', 'm', 'p', 'l', 'e', '.', 'c', 'o', 'm', '/', 'a', '/', 'v', 'e', 'r', 'y', '/', 'l', 'o', 'n', 'g', '/', 'p', 'a', 't', 'h', '/', 'n', 'a', 'm', 'e', '.', 'h', 't', 'm', 'l', 'g', 'r', 'a', 'c', 'e', 'f', 'u', 'l', 'l', 'y', '.', 'S', 'e', 'n', 't', 'e', 'n', 'c', 'e', 't', 'w', 'o', '!', 'A', 'n', 'd', 't', 'h', 'r', 'e', 'e', '?', 'Y', 'e', 's', '.', 'T', 'a', 'b', 's', 'a', 'n', 'd', 'n', 'e', 'w', 'l', 'i', 'n', 'e', 's', 't', 'o', 'o', '.']
# expect: 5 ['The', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog. ', 'Pytho', "n's t", 'extwr', 'ap mo', 'dule', '-- a', 'well-', 'known', 'utili', 'ty --', 'wraps', 'long ', 'parag', 'raphs', '; it ', 'handl', 'es hy', 'phena', 'ted-w', 'ords,', 'e-', 'mail ', 'addre', 'sses', 'like ', 'someo', 'ne@ex', 'ample', '.com,', 'and', 'URLs', 'such', 'as ht', 'tps:/', '/exam', 'ple.c', 'om/a/', 'very/', 'long/', 'path/', 'name.', 'html ', 'grace', 'fully', '.  Se', 'ntenc', 'e', 'two!', 'And t', 'hree?', 'Yes.', 'Tabs', 'and n', 'ewlin', 'es', 'too.']
# expect: 10 ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog.', "Python's", 'textwrap', 'module --', 'a well-', 'known', 'utility --', 'wraps long', 'paragraphs', '; it', 'handles hy', 'phenated-', 'words,', 'e-mail', 'addresses', 'like someo', 'ne@example', '.com, and', 'URLs such', 'as https:/', '/example.c', 'om/a/very/', 'long/path/', 'name.html ', 'gracefully', '.', 'Sentence', 'two! And', 'three?', 'Yes.', 'Tabs', 'and', 'newlines', 'too.']
# expect: 12 ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog.', "Python's", 'textwrap', 'module -- a', 'well-known', 'utility --', 'wraps long', 'paragraphs;', 'it handles', 'hyphenated-', 'words,', 'e-mail', 'addresses', 'like someone', '@example.com', ', and URLs', 'such as http', 's://example.', 'com/a/very/l', 'ong/path/nam', 'e.html', 'gracefully.', 'Sentence', 'two! And', 'three? Yes.', 'Tabs    and', 'newlines', 'too.']
# expect: 20 ['The quick brown fox', 'jumps over the lazy', "dog. Python's", 'textwrap module -- a', 'well-known utility', '-- wraps long', 'paragraphs; it', 'handles hyphenated-', 'words, e-mail', 'addresses like', 'someone@example.com,', 'and URLs such as htt', 'ps://example.com/a/v', 'ery/long/path/name.h', 'tml gracefully.', 'Sentence two! And', 'three? Yes.', 'Tabs    and newlines', 'too.']
# expect: 33 ['The quick brown fox jumps over', "the lazy dog. Python's textwrap", 'module -- a well-known utility --', 'wraps long paragraphs; it handles', 'hyphenated-words, e-mail', 'addresses like', 'someone@example.com, and URLs', 'such as https://example.com/a/ver', 'y/long/path/name.html gracefully.', 'Sentence two! And three? Yes.', 'Tabs    and newlines too.']
# expect: 50 ['The quick brown fox jumps over the lazy dog.', "Python's textwrap module -- a well-known utility", '-- wraps long paragraphs; it handles hyphenated-', 'words, e-mail addresses like someone@example.com,', 'and URLs such as', 'https://example.com/a/very/long/path/name.html', 'gracefully.  Sentence two! And three? Yes.', 'Tabs    and newlines too.']
# expect: 70 ["The quick brown fox jumps over the lazy dog. Python's textwrap module", '-- a well-known utility -- wraps long paragraphs; it handles', 'hyphenated-words, e-mail addresses like someone@example.com, and URLs', 'such as https://example.com/a/very/long/path/name.html gracefully.', 'Sentence two! And three? Yes.      Tabs    and newlines too.']
# expect: 200 ["The quick brown fox jumps over the lazy dog. Python's textwrap module -- a well-known utility -- wraps long paragraphs; it handles hyphenated-words, e-mail addresses like someone@example.com, and URLs", 'such as https://example.com/a/very/long/path/name.html gracefully.  Sentence two! And three? Yes.      Tabs    and newlines too.']
# expect: * The quick brown fox jumps
# expect:   over the lazy dog. Python's
# expect:   textwrap module -- a well-
# expect:   known utility -- wraps long
# expect:   paragraphs; it handles
# expect:   hyphenated-words, e-mail
# expect:   addresses like
# expect:   someone@example.com, and
# expect:   URLs such as https://example
# expect:   .com/a/very/long/path/name.h
# expect:   tml gracefully.  Sentence
# expect:   two! And three? Yes.
# expect:   Tabs    and newlines too.
# expect: ['The quick brown fox jumps', 'over the lazy dog.', "Python's textwrap module", '-- a well-known utility', '-- wraps long paragraphs;', 'it handles', 'hyphenated-words, e-mail', 'addresses like', 'someone@example.com, and', 'URLs such as https://exam', 'ple.com/a/very/long/path/', 'name.html gracefully.', 'Sentence two! And three?', 'Yes.      Tabs    and', 'newlines too.']
# expect: ['The quick brown', 'fox jumps over', 'the lazy dog.', "Python's", 'textwrap module', '-- a well-known', 'utility --', 'wraps long', 'paragraphs; it', 'handles', 'hyphenated-', 'words, e-mail', 'addresses like', 'someone@example.com,', 'and URLs such', 'as', 'https://example.com/a/very/long/path/name.html', 'gracefully.', 'Sentence two!', 'And three? Yes.', 'Tabs    and', 'newlines too.']
# expect: ['The quick brown fox jumps', ' over the lazy dog. ', "Python's textwrap module ", '-- a well-known utility ', '-- wraps long paragraphs;', ' it handles hyphenated-', 'words, e-mail addresses ', 'like someone@example.com,', ' and URLs such as https:/', '/example.com/a/very/long/', 'path/name.html ', 'gracefully.  Sentence ', 'two! And three? Yes.', '      Tabs    and ', 'newlines too.']
# expect: ['The quick brown fox jumps', 'over the lazy dog.', "Python's textwrap module", '-- a well-known utility', '-- wraps long paragraphs;', 'it handles hyphenated-', 'words, e-mail addresses', 'like someone@example.com,', 'and URLs such as https://', 'example.com/a/very/long/p', 'ath/name.html gracefully.', 'Sentence two!  And three?', 'Yes.      Tabs    and', 'newlines too.']
# expect: ['The quick brown fox jumps', 'over the lazy dog.', "Python's textwrap module", '-- a well-known utility', '-- wraps long paragraphs;', 'it handles hyphenated-', 'words, e-mail addresses', 'like someone@example.com,', 'and URLs such as https://', 'example.com/a/very/long/p', 'ath/name.html gracefully.', 'Sentence two! And three?', 'Yes.\tTabs\tand\nnewlines', 'too.']
# expect: ['The quick brown fox jumps', 'over the lazy dog.', "Python's textwrap module", '-- a well-known utility', '-- wraps long paragraphs;', 'it handles hyphenated-', 'words, e-mail addresses', 'like someone@example.com,', 'and URLs such as https://', 'example.com/a/very/long/p', 'ath/name.html gracefully.', 'Sentence two! And three?', 'Yes.  Tabs    and', 'newlines too.']
# expect: ['The quick brown fox jumps', 'over the lazy dog.', "Python's textwrap [...]"]
# expect: ['The quick brown fox jumps', 'over the lazy dog....']
# expect: ['The [more]']
# expect: ['   leading', 'and', 'trailing'] [] []
# expect: ['a-b-c-', 'd-e-f-', 'g-h', 'well-', 'known', 'x--y', 'ab--cd', '--flag', '---']
# expect: ['supercalif', 'ragilistic', 'expialidoc', 'ious-antid', 'isestablis', 'hmentarian', 'ism']
# expect: Hello world! | Hello [...]
# expect: The quick brown fox jumps over the [...] | The quick brown fox jumps over the ~
# expect: '\ndef f():\n    return 1\n  odd\n'
# expect: '  a\n\tb\n' 'x\n\ny' 'none\n  here'
# expect: '> a\n\n> b\n>   c\n' '+a\n+b'
# expect: ['- one two three', 'four five six', 'seven'] - eight nine
# expect: ValueError invalid width 0 (must be > 0)
# expect: ValueError placeholder too large for max width
# expect: ValueError placeholder too large for max width
