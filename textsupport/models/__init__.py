"""Typed SQLAlchemy 2.0 models, one module per domain noun."""

from textsupport.models.base import Base, UTCDateTime
from textsupport.models.messages import (
    DeliveryEvent,
    InboundMessage,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    SendPacer,
)
from textsupport.models.participants import (
    PEER_ARMS,
    TEXTING_ARMS,
    Allocation,
    AllocationSlot,
    AllocationTable,
    Appointment,
    Arm,
    Assessment,
    AssessmentKind,
    Participant,
    ParticipantStatus,
    Sex,
    WithdrawalKind,
)
from textsupport.models.queue import ItemState, Level, Pool, QueueEvent, QueueItem
from textsupport.models.runtime import Heartbeat
from textsupport.models.staff import AuditEntry, AuditOutcome, FormSubmission, Role, StaffUser

__all__ = [
    "PEER_ARMS",
    "TEXTING_ARMS",
    "UTCDateTime",
    "Allocation",
    "AllocationSlot",
    "AllocationTable",
    "Appointment",
    "Arm",
    "Assessment",
    "AssessmentKind",
    "AuditEntry",
    "AuditOutcome",
    "Base",
    "DeliveryEvent",
    "FormSubmission",
    "Heartbeat",
    "InboundMessage",
    "ItemState",
    "Level",
    "OutboundKind",
    "OutboundMessage",
    "OutboundStatus",
    "Participant",
    "ParticipantStatus",
    "Pool",
    "QueueEvent",
    "QueueItem",
    "Role",
    "SendPacer",
    "Sex",
    "StaffUser",
    "WithdrawalKind",
]
