# binascii for gilvm (embedded; see vm/modules/python_lib.h): the conversions base64 and
# programs use (hex, base64 with a2b_base64's strict and lenient rules and its messages, crc32),
# as CPython 3.11's C module, written in Python. Not here: uu, quoted-printable, qp, crc_hqx.

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c


def _data(data, what='a bytes-like object'):
    # `data` as bytes: bytes, bytearray, memoryview, or (for the a2b_ functions) an ASCII str.
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str):
        if what is None:
            try:
                return data.encode('ascii')
            except UnicodeEncodeError:
                raise ValueError('string argument should contain only ASCII characters') from None
    elif hasattr(data, 'tobytes'):
        return data.tobytes()
    if what is None:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    digits = _data(data).hex()
    if sep is None or bytes_per_sep == 0:
        return digits.encode('ascii')
    if isinstance(sep, (bytes, bytearray)):
        sep = bytes(sep).decode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    # Groups of bytes_per_sep bytes, counted from the right (positive) or the left (negative).
    step = 2 * abs(bytes_per_sep)
    first = len(digits) % step if bytes_per_sep > 0 else 0
    groups = [digits[:first]] if first else []
    groups += [digits[i:i + step] for i in range(first, len(digits), step)]
    return sep.join(groups).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _data(hexstr, None)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(hexstr.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _data(data)
    out = bytearray()
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63])) + b'=='
    elif rest == 2:
        n = data[full] << 16 | data[full + 1] << 8
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    # The data characters four at a time into three bytes; characters outside the alphabet are
    # skipped (strict: an error), and enough padding ends the data (strict: nothing may follow).
    data = _data(data, None)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad = 0
    acc = 0
    pads = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    quad = 0
                    break
            continue
        value = _B64_VALUE[c]
        if value < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = acc << 6 | value
        quad += 1
        if quad == 2:
            out.append(acc >> 4 & 0xff)
            acc &= 0xf
        elif quad == 3:
            out.append(acc >> 2 & 0xff)
            acc &= 0x3
        elif quad == 4:
            out.append(acc & 0xff)
            acc = 0
            quad = 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 '
                    'more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, crc=0):
    data = _data(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
