"""Sending master data to Tid from the screen: the wizard step and the screen share these parts."""
