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
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange

from textsupport.eligibility import SEXES


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])
    code = StringField(
        "Code from your authenticator app (if you set one up)",
        validators=[Length(max=16)],
        render_kw={"inputmode": "numeric", "autocomplete": "one-time-code"},
    )


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
    text_capable_phone = BooleanField("Has a phone that can send and receive texts")
    reads_english = BooleanField("Can read English texts")
    baseline_done = BooleanField("Baseline assessment is done")


class WithdrawForm(FlaskForm):
    """Withdraw with a reason."""

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
