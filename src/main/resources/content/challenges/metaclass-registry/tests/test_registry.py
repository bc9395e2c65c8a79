import unittest

from registry import Registry


class Plugin(metaclass=Registry):
    pass


class CsvPlugin(Plugin):
    pass


class Hidden(Plugin):
    register = False


class Visible(Hidden):
    pass


class RegistryTest(unittest.TestCase):
    def test_registers_the_base_class(self):
        self.assertIs(Registry.get("Plugin"), Plugin)

    def test_registers_subclasses_when_they_are_defined(self):
        self.assertIs(Registry.get("CsvPlugin"), CsvPlugin)

    def test_a_class_can_opt_out(self):
        self.assertNotIn("Hidden", Registry.classes)

    def test_opting_out_is_not_inherited(self):
        self.assertIs(Registry.get("Visible"), Visible)

    def test_unknown_names_raise_key_error_naming_the_class(self):
        with self.assertRaises(KeyError) as raised:
            Registry.get("Nope")
        self.assertIn("Nope", str(raised.exception))

    def test_classes_defined_later_are_registered_too(self):
        class Late(Plugin):
            pass

        self.assertIs(Registry.get("Late"), Late)
