"""Staff forms (Flask-WTF: every form carries a CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange

from textsupport.eligibility import SEXES
from textsupport.languages import ENGLISH, LANGUAGES, NAMES
from textsupport.models import Role, WithdrawalKind


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])
    code = StringField(
        "Code from your authenticator app, or a recovery code (if you set one up)",
        validators=[Length(max=16)],
        render_kw={"inputmode": "numeric", "autocomplete": "one-time-code"},
    )


class ChangePasswordForm(FlaskForm):
    """Your current password, and the new one twice (the rules are the service's)."""

    current_password = PasswordField(
        "Current password",
        validators=[DataRequired(), Length(max=1024)],
        render_kw={"autocomplete": "current-password"},
    )
    password = PasswordField(
        "New password",
        validators=[DataRequired(), Length(max=1024)],
        render_kw={"autocomplete": "new-password"},
    )
    again = PasswordField(
        "New password again",
        validators=[DataRequired(), Length(max=1024)],
        render_kw={"autocomplete": "new-password"},
    )


class EndSessionForm(FlaskForm):
    """One of your other sessions, by its row id (never a cookie's token)."""

    which = HiddenField(validators=[DataRequired(), Length(max=64)])


class MfaForm(FlaskForm):
    """A six-digit code from an authenticator app."""

    code = StringField(
        "Six-digit code",
        validators=[DataRequired(), Length(max=16)],
        render_kw={"inputmode": "numeric", "autocomplete": "one-time-code"},
    )


class ConfirmForm(FlaskForm):
    """A button that needs only its CSRF token (randomise, record a step)."""


class EnrolmentDetailsForm(FlaskForm):
    """The details typed at enrolment that may be corrected before randomisation."""

    phone = StringField("Mobile phone", render_kw={"autocomplete": "off", "inputmode": "tel"})
    first_name = StringField("First name (used in texts)")
    # The service checks the site against the open sites; the form only offers them (offer_sites).
    site = SelectField("Site", choices=[], validate_choice=False)
    sex = SelectField("Sex", choices=[SelectChoice("", "Choose…"), *(SelectChoice(sex) for sex in SEXES)])
    tz = StringField("Time zone")
    date_of_birth = StringField("Date of birth", render_kw={"type": "date"})
    discharge_date = StringField("Discharge date", render_kw={"type": "date"})
    any_site = False

    def offer_sites(self, sites: tuple[str, ...] | None) -> None:
        """Offer the sites open for enrolment; None (any site) leaves the template a text box."""
        self.site.choices = [SelectChoice("", "Choose…"), *(SelectChoice(site) for site in sites or ())]
        self.any_site = sites is None


class EnrolForm(EnrolmentDetailsForm):
    """Enrolment as typed. The service checks every field; this form only carries the values."""

    consent_version = StringField("Consent form version")
    # the service refuses anything but the bank's languages; the form only offers them
    language = SelectField(
        "Language of their texts",
        choices=[SelectChoice(code, NAMES[code]) for code in LANGUAGES],
        default=ENGLISH,
        validate_choice=False,
    )
    text_capable_phone = BooleanField("Has a phone that can send and receive texts")
    reads_english = BooleanField("Can read texts in that language")
    baseline_done = BooleanField("Baseline assessment is done")


class WithdrawForm(FlaskForm):
    """Withdraw from the intervention or from the study, with a reason."""

    kind = RadioField(
        "What are they withdrawing from?",
        choices=[
            SelectChoice(
                WithdrawalKind.INTERVENTION.value,
                "From the intervention only: texts and peer contact stop; follow-up assessments and "
                "survey texts go on. They stay in the study.",
            ),
            SelectChoice(
                WithdrawalKind.STUDY.value,
                "From the study: everything stops (all texts, follow-up, appointments, peer contact). "
                "Data collected so far is kept. This is final.",
            ),
        ],
        validators=[DataRequired(message="Choose what they are withdrawing from.")],
    )
    reason = TextAreaField("Reason for withdrawal", validators=[DataRequired(), Length(max=2000)])


class GenerateTableForm(FlaskForm):
    """Generate a concealed allocation table."""

    seed = StringField(
        "Seed (recorded, so the sequence can be re-made)", validators=[DataRequired(), Length(max=64)]
    )
    per_stratum = IntegerField(
        "Slots per stratum", validators=[DataRequired(), NumberRange(min=1, max=10000)]
    )
    sites = StringField("Sites, comma-separated", validators=[DataRequired(), Length(max=400)])
    confirm = HiddenField()  # "1" once the admin has seen what will be added


class ImportTableForm(FlaskForm):
    """Upload a REDCap-style allocation table CSV."""

    table = FileField("Allocation table (CSV)", validators=[FileRequired()])


class AppointmentForm(FlaskForm):
    """An appointment, in the participant's local time."""

    when = StringField("Date and time (participant's local time)", render_kw={"type": "datetime-local"})
    location = StringField("Where (optional; never what it is for)", validators=[Length(max=80)])


ROLE_CHOICES = [SelectChoice("", "Choose…"), *(SelectChoice(role.value, role.label) for role in Role)]
NEW_PASSWORD = {"autocomplete": "new-password"}


class AccountForm(FlaskForm):
    """A new staff account as typed. The service checks every field (as the CLI's create-user does)."""

    email = EmailField("Email", render_kw={"autocomplete": "off"})
    display_name = StringField("Name shown to colleagues")
    role = SelectField("Role", choices=ROLE_CHOICES, validate_choice=False)
    phone = StringField("Phone for on-call alerts (optional)", render_kw={"inputmode": "tel"})
    password = PasswordField("Password (leave empty to generate one)", render_kw=NEW_PASSWORD)


class RoleForm(FlaskForm):
    """Another role for an account."""

    role = SelectField("Role", choices=ROLE_CHOICES[1:], validate_choice=False)


class MfaResetForm(FlaskForm):
    """An admin's reset of another account's two-step sign-in, with the reason (audited)."""

    reason = StringField(
        "Reason (kept in the audit log)",
        validators=[DataRequired(), Length(max=500)],
        render_kw={"maxlength": 500},
    )


class PasswordForm(FlaskForm):
    """A new password typed by the admin, or none to generate one."""

    password = PasswordField("New password (leave empty to generate one)", render_kw=NEW_PASSWORD)


class ExportForm(FlaskForm):
    """The research export: blinded or not, identifiable only with a reason (the service checks both)."""

    rater = BooleanField("A rater's export: no arm, and nothing that reveals it")
    identifiable = BooleanField("Identifiable: add phones, names, dates of birth and message bodies")
    reason = StringField(
        "Why identifiable data is needed (required with identifiable)", validators=[Length(max=500)]
    )


class SimulatedTextForm(FlaskForm):
    """A text typed on the phone simulator, as the participant would send it."""

    body = TextAreaField("Text", validators=[DataRequired(), Length(max=1600)])
