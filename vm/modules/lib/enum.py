# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, as CPython 3.11's, with EnumType
# a real metaclass (EnumMeta is its other name): members are the class's instances, made once
# when the class is, and the class object iterates, measures and indexes them through it.
# A data type mixed in (`class Color(str, Enum)`, IntEnum, IntFlag, StrEnum) makes the members
# its instances (builtin_subclass.h: subclasses of str, int and float).
# What differs from CPython, because gilvm has no __prepare__:
# - the members are the class body's plain names in the order of their first binding; a name bound
#   twice keeps its last value (CPython: TypeError "'X' already defined as ...");
# - __members__ is a copy of the name -> member dict, not a read-only view of it; class
#   keywords (`class F(Flag, boundary=KEEP)`) are not taken: the functional API takes boundary=.
# - a member cannot be named `name` or `value` (they stay the members' properties).

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'global_enum', 'member', 'nonmember']

_property = property
_builtin_bin = bin
_function_type = type(lambda: None)


class nonmember(object):
    # Protects the value from becoming a member.
    def __init__(self, value):
        self.value = value


class member(object):
    # Forces the value to become a member.
    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return isinstance(obj, (_function_type, _property, staticmethod, classmethod))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and
            name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and
            name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'), )
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern) and name[pat_len:pat_len + 1] != ['_']
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    # As builtins.bin, but a negative number in two's complement, the leading bit its sign.
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _qualname(cls):
    # A class's __qualname__ (a builtin type's is its name).
    return getattr(cls, '__qualname__', None) or cls.__name__


def _high_bit(value):
    return value.bit_length() - 1


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    # Instances are replaced with an appropriate value in Enum class suites.
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value, )

    # `WHITE = RED | GREEN` in a class body: CPython's _EnumDict has made RED and GREEN their
    # values by then; here (no __prepare__) the expression waits for them (_auto_expression).
    def __or__(self, other):
        return _auto_expression(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _auto_expression(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _auto_expression(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _auto_expression(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _auto_expression(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _auto_expression(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _auto_expression(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _auto_expression(lambda a, b: a + b, other, self)

    def __sub__(self, other):
        return _auto_expression(lambda a, b: a - b, self, other)

    def __rsub__(self, other):
        return _auto_expression(lambda a, b: a - b, other, self)

    def __mul__(self, other):
        return _auto_expression(lambda a, b: a * b, self, other)

    def __rmul__(self, other):
        return _auto_expression(lambda a, b: a * b, other, self)

    def __invert__(self):
        return _auto_expression(lambda a, b: ~a, self, None)


class _auto_expression(auto):
    # An operation on auto() values of the class body, done once they have their values.
    def __init__(self, operation, left, right):
        self.value = _auto_null
        self._operation = operation
        self._operands = (left, right)

    def resolve(self):
        left, right = [_resolved(o) for o in self._operands]
        return self._operation(left, right)


def _resolved(value):
    if isinstance(value, _auto_expression):
        return value.resolve()
    if isinstance(value, auto):
        return value.value
    return value


property = _property

# Set once the classes of that name exist (EnumType.__new__ makes them first).
Enum = Flag = ReprEnum = None
_sunder_names = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                 '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


def _member_names_of(cls_name, classdict):
    # The class body's names that become members, in their order.
    names = []
    for key, value in classdict.items():
        if isinstance(value, nonmember):
            continue
        if _is_private(cls_name, key) or _is_dunder(key):
            continue
        if _is_sunder(key):
            if key not in _sunder_names:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key, ))
            continue
        if isinstance(value, member):
            names.append(key)
            continue
        if _is_descriptor(value):
            continue
        names.append(key)
    return names


class EnumType(type):
    # Metaclass for Enum.

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        classdict = dict(classdict)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            classdict.pop(key, None)
        member_names = _member_names_of(cls, classdict)
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))
        _order_ = classdict.pop('_order_', None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # auto() values, as _EnumDict makes them: in order, from the values before them.
        generate = classdict.get('_generate_next_value_')
        if generate is None and first_enum is not None:
            generate = first_enum._generate_next_value_
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        values = []
        for name in member_names:
            value = classdict.pop(name)
            if isinstance(value, (member, nonmember)):
                value = value.value
            if isinstance(value, _auto_expression):
                value = value.resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(values), values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(name, 1, len(values), values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            values.append(value)
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
        # A class's own __new__ makes its members (Enum's own looks them up by value).
        new_member = classdict.pop('__new__', None) if Enum is not None else None
        use_args = new_member is not None
        if new_member is None:
            new_member = getattr(first_enum, '_new_member_', None) if first_enum else None
            use_args = getattr(first_enum, '_use_args_', False) if first_enum else False
        mixin = _builtin_mixin(bases)
        if new_member is None and mixin is not None:
            # `class Color(str, Enum)`: the members are made by the data type's __new__.
            new_member = mixin.__new__
            use_args = True
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        classdict['_new_member_'] = new_member
        classdict['_use_args_'] = use_args
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag or (Flag is None and cls == 'Flag'):
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if ReprEnum is not None and ReprEnum in bases and member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                            ' int, str, float, etc.)')
        if mixin is not None:
            _take_enum_methods(enum_class, mixin, classdict)
        for name, value in zip(member_names, values):
            enum_class._add_member_(name, value)
        if is_flag:
            member_list = [m._value_ for m in enum_class]
            if member_list != sorted(member_list):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        if _order_ is not None:
            if isinstance(_order_, str):
                _order_ = _order_.replace(',', ' ').split()
            _order_ = [o for o in _order_ if o not in enum_class._member_map_ or
                       o in enum_class._member_names_]
            if _order_ != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, _order_))
        return enum_class

    def _add_member_(enum_class, member_name, value):
        # The member `member_name` of the new class, or an alias of the one with its value.
        args = value if isinstance(value, tuple) else (value, )
        if enum_class._member_type_ is tuple:
            args = (args, )
        new_member = enum_class._new_member_
        if new_member is None:
            enum_member = object.__new__(enum_class)
        elif enum_class._use_args_:
            enum_member = new_member(enum_class, *args)
        else:
            enum_member = new_member(enum_class)
        if not hasattr(enum_member, '_value_'):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            type.__setattr__(enum_class, '_flag_mask_', enum_class._flag_mask_ | value)
            if _is_single_bit(value):
                type.__setattr__(enum_class, '_singles_mask_', enum_class._singles_mask_ | value)
            type.__setattr__(enum_class, '_all_bits_',
                             2 ** ((enum_class._flag_mask_).bit_length()) - 1)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
        type.__setattr__(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:  # a member by its value (Enum's __new__: a mixin's makes members)
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                _qualname(type(member)), cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls._member_map_:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in getattr(chain, '__mro__', (chain, )):
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            if isinstance(chain, EnumType):
                if chain._member_type_ is not object:
                    member_type = chain._member_type_
                    break
            else:
                data_type = _builtin_mixin((chain, ))
                if data_type is not None:  # `class Color(str, Enum)`
                    member_type = data_type
                    break
        return member_type, first_enum


EnumMeta = EnumType

_builtin_data_types = (str, int, float)


def _builtin_mixin(bases):
    # The builtin data type (str, int, float) that a class statement's bases derive from, if
    # any: the members are its instances.
    for chain in bases:
        for data_type in _builtin_data_types:
            if issubclass(chain, data_type):
                return data_type
    return None


def _take_enum_methods(enum_class, mixin, classdict):
    # As CPython's EnumType.__new__: repr() of a mixed-in enum's members is the enum's, and so
    # are str() and format() but for a ReprEnum (IntEnum, StrEnum), whose are the data type's;
    # a Flag's operators are the Flag's. What the class or a class before the data type in the
    # MRO defines stays.
    repr_enum = ReprEnum is not None and issubclass(enum_class, ReprEnum)
    names = ['__repr__', '__str__', '__format__']
    if Flag is not None and issubclass(enum_class, Flag):
        names += ['__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__']
    for name in names:
        if name in classdict:
            continue
        method = None
        past_mixin = False
        for base in enum_class.__mro__[1:]:
            if base is mixin:
                past_mixin = True
                if repr_enum and name == '__str__':
                    method = mixin.__str__ if mixin is str else mixin.__repr__
                    break
                if repr_enum and name == '__format__':
                    method = mixin.__format__
                    break
                continue
            if base in _builtin_data_types or base is object:
                continue
            if name in base.__dict__:
                if past_mixin:
                    method = base.__dict__[name]
                break
        if method is not None:
            type.__setattr__(enum_class, name, method)


class Enum(metaclass=EnumType):
    # Create a collection of name/value pairs (`class Color(Enum): RED = 1`).

    def __new__(cls, value):
        # The member whose value is `value` (the members themselves are made by EnumType).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and \
                isinstance(result, int):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def _cannot_set_name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    def _cannot_set_value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")

    def _get_name(self):
        # The name of the Enum member.
        return self._name_

    def _get_value(self):
        # The value of the Enum member.
        return self._value_

    name = _property(_get_name, _cannot_set_name)
    value = _property(_get_value, _cannot_set_value)


class ReprEnum(Enum):
    # Only changes the repr(), leaving str() and format() to the mixed-in type.
    pass


class IntEnum(int, ReprEnum):
    # Enum where members are also (and must be) ints.
    pass


class StrEnum(str, ReprEnum):
    # Enum where members are also (and must be) strings.

    def __new__(cls, *values):
        # values must already be of type `str`
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    # How a Flag treats values that are not its members' bits.
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    # Support for flags.

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # A composite member of the canonical members present in `value`; values that are no
        # members' bits are as `_boundary_` says.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_, ))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:  # an IntFlag's: an int
            pseudo_member = cls._member_type_.__new__(cls, value)
        pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pm in cls._member_map_.items():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        # Whether self has at least the flags of other set.
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                _qualname(type(other)), self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        # The flags in definition order.
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        member_type = self.__class__._member_type_
        if member_type is not object and isinstance(other, member_type):
            return other
        return None

    def __or__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


type.__setattr__(Flag, '_boundary_', STRICT)


class IntFlag(int, ReprEnum, Flag):
    # Support for integer-based Flags.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    __repr__ = Flag.__repr__


type.__setattr__(IntFlag, '_boundary_', KEEP)


def unique(enumeration):
    # Class decorator for enumerations ensuring unique member values.
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls, update_str=False):
    # Decorator: the members also become names of the module of the class (here __main__'s).
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
