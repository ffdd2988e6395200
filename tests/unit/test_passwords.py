"""argon2id hashing."""

from textsupport import passwords


def test_hash_is_argon2id_and_salted():
    first = passwords.hash_password("correct horse battery")
    second = passwords.hash_password("correct horse battery")
    assert first.startswith("$argon2id$")
    assert first != second


def test_verify_accepts_the_right_password_only():
    stored = passwords.hash_password("correct horse battery")
    assert passwords.verify_password(stored, "correct horse battery")
    assert not passwords.verify_password(stored, "Correct horse battery")
    assert not passwords.verify_password("not a hash", "correct horse battery")


def test_weaker_hashes_need_rehash():
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8192).hash("correct horse battery")
    assert passwords.needs_rehash(weak)
    assert not passwords.needs_rehash(passwords.hash_password("correct horse battery"))
