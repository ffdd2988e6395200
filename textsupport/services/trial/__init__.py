"""The trial: enrolment, concealed randomisation, allocations, follow-up, appointments, participants."""
