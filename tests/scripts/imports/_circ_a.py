early = "early"
import _circ_b
late = "late"
